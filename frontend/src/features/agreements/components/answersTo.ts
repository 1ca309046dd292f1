import type { Option } from '../../../design-system';
import { useAgreement } from '../api/getAgreement';
import type { Agreement } from '../types';
import { goalAreaName } from './format';

/**
 * The goal areas of a local agreement's parent RÖK, to name the one a LÖK goal area answers to; null when the
 * agreement is not a LÖK under a RÖK (the form then does not ask).
 */
export function useAnswersToOptions(agreement: Agreement): Option[] | null {
  const parentId = agreement.kind === 'LOCAL' ? agreement.parent?.id : undefined;
  const parent = useAgreement(parentId ?? '', { enabled: Boolean(parentId) });
  if (!parentId) return null;
  return (parent.data?.agreement.goalAreas ?? [])
    .filter((goalArea) => goalArea.kind === 'GOAL_AREA')
    .map((goalArea) => ({ id: goalArea.id, label: goalAreaName(goalArea) }));
}
