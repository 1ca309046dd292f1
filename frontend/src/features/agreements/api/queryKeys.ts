import type { AgreementQuery } from './getAgreements';

export const agreementKeys = {
  all: ['agreements'] as const,
  lists: () => [...agreementKeys.all, 'list'] as const,
  list: (query: AgreementQuery) => [...agreementKeys.lists(), query] as const,
  /** Everything read about one agreement: the document, its goal areas, history and comparisons. */
  one: (id: string) => [...agreementKeys.all, 'one', id] as const,
  detail: (id: string) => [...agreementKeys.one(id), 'detail'] as const,
  goalArea: (id: string, goalAreaId: string) => [...agreementKeys.one(id), 'goal-area', goalAreaId] as const,
  history: (id: string) => [...agreementKeys.one(id), 'history'] as const,
  comparison: (id: string, withId: string) => [...agreementKeys.one(id), 'comparison', withId] as const,
  consultation: (id: string) => [...agreementKeys.one(id), 'consultation'] as const,
  /** The forums of a county that may propose its agreements' priorities. */
  proposers: (countyCode: string) => [...agreementKeys.all, 'proposers', countyCode] as const,
};
