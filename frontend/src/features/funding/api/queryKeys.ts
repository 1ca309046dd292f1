export const fundingKeys = {
  all: ['funding'] as const,
  programmes: () => [...fundingKeys.all, 'programmes'] as const,
  programme: (id: string) => [...fundingKeys.all, 'programme', id] as const,
  calls: (query: object) => [...fundingKeys.all, 'calls', query] as const,
  call: (id: string) => [...fundingKeys.all, 'call', id] as const,
  applications: (query: object) => [...fundingKeys.all, 'applications', query] as const,
  application: (id: string) => [...fundingKeys.all, 'application', id] as const,
  projects: (query: object) => [...fundingKeys.all, 'projects', query] as const,
  project: (id: string) => [...fundingKeys.all, 'project', id] as const,
  projectAccounts: (id: string) => [...fundingKeys.all, 'project', id, 'accounts'] as const,
  accounts: (query: object) => [...fundingKeys.all, 'accounts', query] as const,
  summary: (query: object) => [...fundingKeys.all, 'summary', query] as const,
  history: (kind: 'programmes' | 'calls' | 'applications' | 'projects', id: string) =>
    [...fundingKeys.all, 'history', kind, id] as const,
  // Agreements read to choose goal areas from: not funding's data, so kept outside `all` (not refetched on saves).
  agreements: (county: string) => ['funding-choices', 'agreements', county] as const,
  agreementGoalAreas: (id: string) => ['funding-choices', 'agreement', id] as const,
};
