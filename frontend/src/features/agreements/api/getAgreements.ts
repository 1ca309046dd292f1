import { keepPreviousData } from '@tanstack/react-query';
import { api, type paths, useApiQuery } from '../../../lib/api';
import { agreementKeys } from './queryKeys';

/** The query parameters of `GET /api/v1/agreements`. */
export type AgreementQuery = NonNullable<paths['/api/v1/agreements']['get']['parameters']['query']>;

/** One page of agreements the caller may see; the previous page stays shown while the next loads. */
export function useAgreements(query: AgreementQuery, options: { enabled?: boolean } = {}) {
  return useApiQuery(
    agreementKeys.list(query),
    (signal) => api.GET('/api/v1/agreements', { params: { query }, signal }),
    { placeholderData: keepPreviousData, enabled: options.enabled },
  );
}
