export const fundingKeys = {
  all: ['funding'] as const,
  programmes: () => [...fundingKeys.all, 'programmes'] as const,
  calls: (query: object) => [...fundingKeys.all, 'calls', query] as const,
  call: (id: string) => [...fundingKeys.all, 'call', id] as const,
  applications: (query: object) => [...fundingKeys.all, 'applications', query] as const,
  application: (id: string) => [...fundingKeys.all, 'application', id] as const,
  projects: (query: object) => [...fundingKeys.all, 'projects', query] as const,
  project: (id: string) => [...fundingKeys.all, 'project', id] as const,
  projectAccounts: (id: string) => [...fundingKeys.all, 'project', id, 'accounts'] as const,
  accounts: (query: object) => [...fundingKeys.all, 'accounts', query] as const,
  summary: (query: object) => [...fundingKeys.all, 'summary', query] as const,
};
