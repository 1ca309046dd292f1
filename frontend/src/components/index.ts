// The shared layer above the design system: what every feature uses the same way. It imports no feature and not app/.
export { ConfirmAction } from './ConfirmAction';
export type { ConfirmActionProps } from './ConfirmAction';
export { changedFields, conflictRows, applyMyChanges, sameValue } from './conflict';
export type { ConflictRow } from './conflict';
export { ConflictScreen, EditSessionView } from './ConflictScreen';
export { Loaded, LoadedPage, PageNotLoaded } from './Loaded';
export type { PageLoadProps } from './Loaded';
export { NotPermittedPage } from './NotPermittedPage';
export { QueryError, useErrorMessage } from './QueryError';
export { brokenRuleOf, RefusalAlert, useRefusalText } from './refusal';
export type { Refusal } from './refusal';
export { RequirePermission } from './RequirePermission';
export { fieldAnchor, FormField, ServerForm } from './ServerForm';
export type { ServerFormProps } from './ServerForm';
export { useConfirmation } from './useConfirmation';
export { useEditSession } from './useEditSession';
export type { EditSessionOptions, FormStart, Snapshot } from './useEditSession';
export { organisationSearchKey, useOrganisationOptions, useOrganisationSearch } from './useOrganisationOptions';
