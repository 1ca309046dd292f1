export { api, commonHeaders, setAccessTokenProvider, setLanguageProvider } from './client';
export { downloadFile, uploadWithProgress } from './transfer';
export type { UploadProgress } from './transfer';
export { etagOf, etagOfVersion } from './etag';
export { ApiError, isNotFound, isStale, toApiError, toFieldErrors, unwrap } from './problem';
export type { Problem, ProblemSlug } from './problem';
export type { components, paths } from './schema';
export { targetGroups } from './types';
export type { FieldChange, HistoryEntry, Schemas, TargetGroup } from './types';
