import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ErrorSummary, Form, LinkButton } from '../design-system';
import { ApiError, isStale } from '../lib/api';
import { fieldAnchor } from './FormField';
import { FormScopeProvider } from './FormFields';
import { useErrorMessage } from './QueryError';
import { useDropPageNotice, useUnsavedChanges } from './useUnsavedChanges';
import './components.css';

export type ServerFormProps = {
  /** Prefix of the field anchors (see `fieldAnchor`). */
  form: string;
  /** The form's top-level fields in their order; nested errors (`legalBasis[0].sfs`) sort under their field. */
  fields: readonly string[];
  labelOf: (field: string) => string;
  /** Saves; throws an ApiError when the server refuses. */
  onSubmit: () => Promise<void>;
  submitLabel: string;
  /** Where "Avbryt" leads; without it there is no cancel link (e.g. a small form inside a page). */
  cancelHref?: string;
  /** When the server says the thing changed meanwhile (412): read the latest version (a button in the alert). */
  onReload?: () => void;
  /** Other buttons next to the submit button. */
  extraActions?: ReactNode;
  /** Whether to say that fields marked * are required. */
  requiredHint?: boolean;
  /** Shown above the form until the next save, e.g. "the latest version is loaded". */
  notice?: string;
  /** An error to show from the start (e.g. when re-applying changes failed). */
  initialError?: unknown;
  /** The explanation of a refusal that names no field (rule, permission …); the server's detail by default. */
  describeError?: (error: unknown) => { title: string; text: string; tone?: 'error' | 'warning' } | undefined;
  /** The text of the reload button shown on 412 (see `onReload`). */
  reloadLabel?: string;
  /**
   * Whether the form holds changes not yet saved, for fields that send no input event (selects, added rows …);
   * typing in any field counts by itself. Leaving a form with unsaved changes asks first.
   */
  isDirty?: boolean;
  children: ReactNode;
};

/**
 * A form whose validation is the server's: what was typed is sent, and the server's field errors are shown at the
 * fields (aria-invalid, aria-describedby) and listed in a summary at the top that takes focus; any other refusal
 * is explained in an alert that takes focus.
 */
export function ServerForm({
  form,
  fields,
  labelOf,
  onSubmit,
  submitLabel,
  cancelHref,
  notice,
  initialError,
  describeError,
  extraActions,
  onReload,
  reloadLabel,
  requiredHint = true,
  isDirty = false,
  children,
}: ServerFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<unknown>(initialError ?? null);
  const [submitCount, setSubmitCount] = useState(0);
  const [isSubmitting, setSubmitting] = useState(false);
  // Typed into since the last save: set by any input event inside the form.
  const [typed, setTyped] = useState(false);
  const unsaved = useUnsavedChanges(typed || isDirty);
  const dropPageNotice = useDropPageNotice();

  const orderOf = (field: string) => {
    const index = fields.indexOf(field.split(/[[.]/)[0]);
    return index === -1 ? fields.length : index;
  };
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
  const fieldErrorList = Object.entries(fieldErrors).sort(([a], [b]) => orderOf(a) - orderOf(b) || a.localeCompare(b));

  const submit = async (event: React.SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSubmitting) return; // one save at a time; the button stays focusable meanwhile
    setSubmitting(true);
    setError(null);
    try {
      // A save that leaves the page (to the saved record) is not a loss of changes.
      await unsaved.whileSaving(onSubmit);
      setTyped(false);
    } catch (caught) {
      setError(caught);
      setSubmitCount((count) => count + 1);
      dropPageNotice();
    } finally {
      setSubmitting(false);
    }
  };

  const described = error !== null && fieldErrorList.length === 0 ? describeError?.(error) : undefined;

  return (
    <>
      {notice && error === null && <Alert tone="info" title={notice} />}
      {error !== null && fieldErrorList.length > 0 && (
        <ErrorSummary
          key={submitCount}
          title={t('common.form.errorSummary', { count: fieldErrorList.length })}
          hint={t('common.form.errorSummaryHint')}
          errors={fieldErrorList}
          labelOf={labelOf}
          anchorOf={(field) => (orderOf(field) < fields.length ? fieldAnchor(form, field) : undefined)}
        />
      )}
      {error !== null && fieldErrorList.length === 0 && (
        <Alert
          key={submitCount}
          tone={described?.tone ?? 'error'}
          title={described?.title ?? t('common.errorTitle')}
          focusOnMount
        >
          <p>{described?.text ?? errorMessage(error)}</p>
          {onReload && isStale(error) && (
            <Button variant="primary" onPress={onReload}>
              {reloadLabel ?? t('common.form.reload')}
            </Button>
          )}
        </Alert>
      )}

      {requiredHint && <p>{t('common.form.requiredHint')}</p>}
      {unsaved.dialog}
      <Form validationErrors={fieldErrors} onSubmit={(event) => void submit(event)}>
        {/* Input events bubble here from every field; a wrapper because the form passes no such handler on. */}
        <div
          className="server-form-fields"
          onInput={() => {
            if (!typed) setTyped(true);
          }}
        >
          <FormScopeProvider scope={{ form, labelOf }}>{children}</FormScopeProvider>
        </div>
        <div className="page-actions">
          <Button type="submit" variant="primary">
            {submitLabel}
          </Button>
          {extraActions}
          {cancelHref && <LinkButton href={cancelHref}>{t('common.form.cancel')}</LinkButton>}
          <span role="status" className="form-progress">
            {isSubmitting ? t('common.form.saving') : ''}
          </span>
        </div>
      </Form>
    </>
  );
}
