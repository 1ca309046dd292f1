import { keepPreviousData } from '@tanstack/react-query';
import { api, type paths, useApiQuery } from '../../../lib/api';
import { organisationKeys } from './queryKeys';

/** The query parameters of `GET /api/v1/organisations`. */
export type OrganisationQuery = NonNullable<paths['/api/v1/organisations']['get']['parameters']['query']>;

/** One page of organisations matching the query; the previous page stays shown while the next loads. */
export function useOrganisations(query: OrganisationQuery, options: { enabled?: boolean } = {}) {
  return useApiQuery(
    organisationKeys.list(query),
    (signal) => api.GET('/api/v1/organisations', { params: { query }, signal }),
    { placeholderData: keepPreviousData, enabled: options.enabled },
  );
}
