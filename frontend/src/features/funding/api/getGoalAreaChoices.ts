import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** The county's agreements, to choose the goal areas money serves from (`GET /api/v1/agreements?county=`). */
export function useCountyAgreements(county: string | undefined) {
  return useQuery({
    queryKey: fundingKeys.agreements(county ?? ''),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/agreements', { params: { query: { county, size: 100 } }, signal })).items,
    enabled: county !== undefined && county !== '',
  });
}

/** The query of one agreement's goal areas with their strategies and responsibilities (`GET /api/v1/agreements/{id}`). */
export function agreementGoalAreasQuery(id: string | null) {
  return {
    queryKey: fundingKeys.agreementGoalAreas(id ?? ''),
    queryFn: async ({ signal }: { signal: AbortSignal }) => {
      const agreement = unwrap(
        await api.GET('/api/v1/agreements/{id}', { params: { path: { id: id ?? '' } }, signal }),
      );
      return { id: agreement.id, title: agreement.title, goalAreas: agreement.goalAreas };
    },
    enabled: id !== null,
  };
}

/** One agreement's goal areas with their strategies and responsibilities (`GET /api/v1/agreements/{id}`). */
export function useAgreementGoalAreas(id: string | null) {
  return useQuery(agreementGoalAreasQuery(id));
}
