import { ownerTypes, type OwnerType } from '../types';

export type AttachSearch = { ownerType?: OwnerType; ownerId?: string; type?: 'FILE' | 'LINK' };

/** `/documents/new?ownerType=AGREEMENT&ownerId=…&type=LINK`: unknown values are dropped. */
export function parseAttachSearch(search: Record<string, unknown>): AttachSearch {
  const ownerType = ownerTypes.find((type) => type === search.ownerType);
  const ownerId =
    typeof search.ownerId === 'string' && /^[0-9a-fA-F-]{36}$/.test(search.ownerId) ? search.ownerId : undefined;
  const type = search.type === 'LINK' ? 'LINK' : search.type === 'FILE' ? 'FILE' : undefined;
  return { ownerType, ownerId, type };
}
