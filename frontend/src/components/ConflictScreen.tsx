import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, DataTable } from '../design-system';
import { changedFields, conflictRows, conflictText, type ConflictRow } from './conflict';
import type { useEditSession } from './useEditSession';
import { UnsavedChangesReport } from './useUnsavedChanges';
import './components.css';

export type ConflictScreenProps<K extends string> = {
  rows: ConflictRow<K>[];
  /** The fields I changed, in words. */
  myChanges: string[];
  labelOf: (field: K) => string;
  /** A value in words; multi-line values keep their lines. */
  describe: (field: K, value: unknown) => string;
  onReload: () => void;
  onReapply: () => void;
  isReapplying: boolean;
};

/**
 * Shown instead of the form when someone else saved a newer version meanwhile (412): what they changed, what is in
 * my form, what applying my changes would store, and the two ways out.
 */
export function ConflictScreen<K extends string>({
  rows,
  myChanges,
  labelOf,
  describe,
  onReload,
  onReapply,
  isReapplying,
}: ConflictScreenProps<K>) {
  const { t } = useTranslation();
  const text = (field: K, value: unknown) => describe(field, value) || t('common.conflict.empty');
  return (
    <div className="conflict">
      <Alert tone="warning" title={t('common.conflict.title')} focusOnMount>
        <p>{t('common.conflict.text')}</p>
      </Alert>
      {rows.length === 0 ? (
        <p>{t('common.conflict.noFieldChanges')}</p>
      ) : (
        <DataTable
          caption={t('common.conflict.caption')}
          columns={[
            { key: 'field', header: t('common.conflict.field') },
            { key: 'theirs', header: t('common.conflict.theirs') },
            { key: 'yours', header: t('common.conflict.yours') },
            { key: 'result', header: t('common.conflict.result') },
          ]}
          rows={rows.map((row) => ({
            key: row.field,
            cells: [
              <>
                {labelOf(row.field)}
                {row.bothChanged && <span className="conflict-note"> {t('common.conflict.bothChanged')}</span>}
              </>,
              text(row.field, row.theirs),
              text(row.field, row.yours),
              text(row.field, row.result),
            ],
          }))}
        />
      )}
      <p>
        {myChanges.length > 0
          ? t('common.conflict.myChanges', { fields: myChanges.join(', ') })
          : t('common.conflict.noMyChanges')}
      </p>
      <div className="conflict-actions">
        <div>
          <Button variant="primary" onPress={onReapply}>
            {isReapplying ? t('common.form.saving') : t('common.conflict.reapply')}
          </Button>
          <p className="ds-description">{t('common.conflict.reapplyHint')}</p>
        </div>
        <div>
          <Button onPress={onReload}>{t('common.conflict.reload')}</Button>
          <p className="ds-description">{t('common.conflict.reloadHint')}</p>
        </div>
      </div>
    </div>
  );
}

/** How an edit session starts its form: the values, an error to show at once, a notice after reading the latest. */
export type SessionFormStart<I> = { initialInput: I; initialError?: unknown; notice?: string };

export type EditSessionViewProps<I extends object, K extends keyof I & string> = {
  session: ReturnType<typeof useEditSession<I>>;
  /** The fields of the form, in order, for the conflict table. */
  fields: readonly K[];
  labelOf: (field: string) => string;
  /** A value in words; texts and lists of texts as they are by default (see `conflictText`). */
  describe?: (field: K, value: unknown) => string;
  /** The form, started from the session's values (after a reload or a failed re-apply, those). */
  renderForm: (start: SessionFormStart<I>) => ReactNode;
};

/**
 * An edit session on a page: the form, or the conflict screen when someone else saved meanwhile. The form's
 * `ServerForm` tells the session whether it holds changes not yet saved.
 */
export function EditSessionView<I extends object, K extends keyof I & string>({
  session,
  fields,
  labelOf,
  describe = (_, value) => conflictText(value),
  renderForm,
}: EditSessionViewProps<I, K>) {
  const { t } = useTranslation();
  if (session.conflict) {
    const { latest, mine } = session.conflict;
    return (
      <ConflictScreen
        rows={conflictRows(fields, session.base.input, latest.input, mine)}
        myChanges={changedFields(fields, session.base.input, mine).map(labelOf)}
        labelOf={labelOf}
        describe={describe}
        onReload={session.reload}
        onReapply={() => void session.reapply()}
        isReapplying={session.isReapplying}
      />
    );
  }
  return (
    <UnsavedChangesReport key={session.formKey} value={session.reportUnsaved}>
      {renderForm({
        initialInput: session.start.input,
        initialError: session.start.error,
        notice: session.start.reloaded ? t('common.conflict.reloaded') : undefined,
      })}
    </UnsavedChangesReport>
  );
}
