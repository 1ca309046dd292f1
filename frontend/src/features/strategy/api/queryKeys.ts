export const strategyKeys = {
  all: ['strategy'] as const,
  process: (agreementId: string) => [...strategyKeys.all, 'process', agreementId] as const,
  analysis: (agreementId: string) => [...strategyKeys.all, 'analysis', agreementId] as const,
  plan: (agreementId: string) => [...strategyKeys.all, 'plan', agreementId] as const,
  indicators: (agreementId: string) => [...strategyKeys.all, 'indicators', agreementId] as const,
  projects: (q: string) => [...strategyKeys.all, 'projects', q] as const,
};
