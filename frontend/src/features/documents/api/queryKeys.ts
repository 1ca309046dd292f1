export const documentKeys = {
  all: ['documents'] as const,
  lists: () => [...documentKeys.all, 'list'] as const,
  list: (ownerType: string, ownerId: string) => [...documentKeys.lists(), ownerType, ownerId] as const,
  one: (id: string) => [...documentKeys.all, 'one', id] as const,
  detail: (id: string) => [...documentKeys.one(id), 'detail'] as const,
  history: (id: string) => [...documentKeys.one(id), 'history'] as const,
};
