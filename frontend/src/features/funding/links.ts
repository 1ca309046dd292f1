/**
 * The funding pages' addresses, written once: the routes take their paths from here and the pages link through
 * these helpers. (With the frontend shape of #8 these move to src/lib/links.)
 */
export const fundingPaths = {
  funding: '/funding',
  fundingProjects: '/funding/projects',
  fundingProject: '/funding/projects/$id',
  fundingCall: '/funding/calls/$id',
  fundingApplication: '/funding/applications/$id',
  fundingAccounts: '/funding/accounts',
} as const;

type Search = Record<string, string | number | boolean | undefined | null>;

function withSearch(path: string, search?: Search): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search ?? {})) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

const withId = (path: string, id: string) => path.replace('$id', encodeURIComponent(id));

export const toFunding = (search?: Search) => withSearch(fundingPaths.funding, search);
export const toFundingProjects = (search?: Search) => withSearch(fundingPaths.fundingProjects, search);
export const toFundingProject = ({ id }: { id: string }) => withId(fundingPaths.fundingProject, id);
export const toFundingCall = ({ id }: { id: string }) => withId(fundingPaths.fundingCall, id);
export const toFundingApplication = ({ id }: { id: string }) => withId(fundingPaths.fundingApplication, id);
export const toFundingAccounts = (search?: Search) => withSearch(fundingPaths.fundingAccounts, search);
/** An agreement's page (the agreements feature's address). */
export const toAgreement = ({ id }: { id: string }) => `/agreements/${encodeURIComponent(id)}`;
