export const grantKeys = {
  all: ['grants'] as const,
  county: (code: string) => [...grantKeys.all, 'county', code] as const,
  countyList: (code: string, includeRevoked: boolean) => [...grantKeys.county(code), 'list', includeRevoked] as const,
  countyHistory: (code: string) => [...grantKeys.county(code), 'history'] as const,
  mine: () => [...grantKeys.all, 'mine'] as const,
  users: (q: string) => [...grantKeys.all, 'users', q] as const,
  forums: (code: string) => [...grantKeys.all, 'forums', code] as const,
  national: () => [...grantKeys.all, 'national'] as const,
  nationalList: (includeRevoked: boolean) => [...grantKeys.national(), 'list', includeRevoked] as const,
  nationalHistory: () => [...grantKeys.national(), 'history'] as const,
  agreements: (code: string) => [...grantKeys.all, 'agreements', code] as const,
  indicators: (agreementId: string) => [...grantKeys.all, 'indicators', agreementId] as const,
};
