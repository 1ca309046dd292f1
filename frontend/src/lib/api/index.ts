export { api, setAccessTokenProvider, setLanguageProvider } from './client';
export { ApiError, toApiError, toFieldErrors, unwrap } from './problem';
export type { Problem, ProblemSlug } from './problem';
export type { components, paths } from './schema';
