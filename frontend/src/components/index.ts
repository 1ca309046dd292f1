// The shared layer above the design system: what every feature uses the same way. It imports no feature and not app/.
export { ActionError } from './ActionError';
export { bindFields, FormRepeatingGroup, useBoundFields } from './boundFields';
export type { BoundFields, EntryFields } from './boundFields';
export { ConfirmAction } from './ConfirmAction';
export type { ConfirmActionProps } from './ConfirmAction';
export { changedFields, conflictRows, conflictText, applyMyChanges, sameValue } from './conflict';
export type { ConflictRow } from './conflict';
export { ConflictScreen, EditSessionView } from './ConflictScreen';
export type { SessionFormStart } from './ConflictScreen';
export { HistoryEntries, HistoryPanel, useHistoryDisclosure, useHistoryTexts } from './History';
export type { HistoryDisclosure, HistoryEntry, HistoryNamespace, HistoryTexts, HistoryView } from './History';
export { Loaded, LoadedPage, PageNotLoaded } from './Loaded';
export type { PageLoadProps } from './Loaded';
export { NotFoundPage } from './NotFoundPage';
export { NotPermittedPage } from './NotPermittedPage';
export { QueryError, useErrorMessage } from './QueryError';
export { brokenRuleOf, RefusalAlert, useRefusalText } from './refusal';
export { RemovedMeanwhile } from './RemovedMeanwhile';
export type { Refusal } from './refusal';
export { RequirePermission } from './RequirePermission';
export { fieldAnchor, FormField } from './FormField';
export {
  DateField,
  FormCheckboxGroup,
  FormDateField,
  FormEnumSelect,
  FormRadioGroup,
  FormSelect,
  FormTextArea,
  FormTextField,
  itemNumber,
  useFieldLabels,
} from './FormFields';
export type { EntityFormProps } from './FormFields';
export { ServerForm } from './ServerForm';
export type { ServerFormProps } from './ServerForm';
export { useConfirmation } from './useConfirmation';
export { refetched, useEditSession } from './useEditSession';
export type { EditSessionOptions, FormStart, Snapshot } from './useEditSession';
export { useVersionedEdit, VersionedEdit } from './VersionedEdit';
export type { VersionedEditOptions, VersionedEditProps } from './VersionedEdit';
export { organisationSearchKey, useOrganisationOptions, useOrganisationSearch } from './useOrganisationOptions';
export { ChangesTable } from './ChangesTable';
export type { ChangesTableTexts, RecordedChange } from './ChangesTable';
export { ChoiceFilter, CountyFilter, SearchFilters } from './Filters';
export type { FilterChange } from './Filters';
export { useFormDefinition } from './useFormDefinition';
export type { FormDefinition } from './useFormDefinition';
export { oneOf } from './oneOf';
export { ActionLink, DeleteSection, Facts, ListOrNone, LoadedList, PageTop, StatusButtons } from './PageParts';
export type { PageLink } from './PageParts';
export { PagedResults, usePagedSearch } from './PagedList';
export type { ListNamespace, ListPage, PagedListTexts, SearchUpdate } from './PagedList';
export { AgreementStatusBadge, useAgreementSummaryCells } from './AgreementSummaryRow';
