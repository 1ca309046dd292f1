export const followUpKeys = {
  all: ['follow-up'] as const,
  agreements: () => [...followUpKeys.all, 'agreements'] as const,
  agreement: (agreementId: string) => [...followUpKeys.all, 'agreement', agreementId] as const,
  rounds: (agreementId: string) => [...followUpKeys.agreement(agreementId), 'rounds'] as const,
  /** The LÖKs' follow-up per goal area of a RÖK. */
  locals: (agreementId: string) => [...followUpKeys.agreement(agreementId), 'locals'] as const,
  indicators: (agreementId: string) => [...followUpKeys.agreement(agreementId), 'indicators'] as const,
  mine: () => [...followUpKeys.all, 'mine'] as const,
  /** Everything read about one round: the round, its board and report. */
  round: (roundId: string) => [...followUpKeys.all, 'round', roundId] as const,
  board: (roundId: string) => [...followUpKeys.round(roundId), 'board'] as const,
  report: (roundId: string) => [...followUpKeys.round(roundId), 'report'] as const,
  assessment: (id: string) => [...followUpKeys.all, 'assessment', id] as const,
  indicator: (id: string) => [...followUpKeys.all, 'indicator', id] as const,
  indicatorValues: (id: string) => [...followUpKeys.indicator(id), 'values'] as const,
  indicatorKolada: (id: string) => [...followUpKeys.indicator(id), 'kolada'] as const,
  municipalities: (county: string) => [...followUpKeys.all, 'municipalities', county] as const,
  fundingProjects: (q: string) => [...followUpKeys.all, 'funding-projects', q] as const,
  fundingProject: (id: string) => [...followUpKeys.all, 'funding-project', id] as const,
  /** The action plan's activities of an agreement, to take into an assessment. */
  planActivities: (agreementId: string) => [...followUpKeys.agreement(agreementId), 'plan-activities'] as const,
};
