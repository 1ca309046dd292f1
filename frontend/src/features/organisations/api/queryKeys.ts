import type { OrganisationQuery } from './getOrganisations';

export const organisationKeys = {
  all: ['organisations'] as const,
  lists: () => [...organisationKeys.all, 'list'] as const,
  list: (query: OrganisationQuery) => [...organisationKeys.lists(), query] as const,
  detail: (id: string) => [...organisationKeys.all, 'detail', id] as const,
  history: (id: string) => [...organisationKeys.detail(id), 'history'] as const,
  commitments: (id: string) => [...organisationKeys.detail(id), 'commitments'] as const,
};
