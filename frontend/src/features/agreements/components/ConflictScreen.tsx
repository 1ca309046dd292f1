import { useTranslation } from 'react-i18next';
import { Alert, Button, DataTable } from '../../../design-system';
import type { ConflictRow } from './conflict';

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
export function ConflictScreen<K extends string>({ rows, myChanges, labelOf, describe, onReload, onReapply, isReapplying }: ConflictScreenProps<K>) {
  const { t } = useTranslation();
  const text = (field: K, value: unknown) => describe(field, value) || t('agreements.conflict.empty');
  return (
    <div className="conflict">
      <Alert tone="warning" title={t('agreements.conflict.title')} focusOnMount>
        <p>{t('agreements.conflict.text')}</p>
      </Alert>
      {rows.length === 0 ? (
        <p>{t('agreements.conflict.noFieldChanges')}</p>
      ) : (
        <DataTable
          caption={t('agreements.conflict.caption')}
          columns={[
            { key: 'field', header: t('agreements.conflict.field') },
            { key: 'theirs', header: t('agreements.conflict.theirs') },
            { key: 'yours', header: t('agreements.conflict.yours') },
            { key: 'result', header: t('agreements.conflict.result') },
          ]}
          rows={rows.map((row) => ({
            key: row.field,
            cells: [
              <>
                {labelOf(row.field)}
                {row.bothChanged && <span className="conflict-note"> {t('agreements.conflict.bothChanged')}</span>}
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
          ? t('agreements.conflict.myChanges', { fields: myChanges.join(', ') })
          : t('agreements.conflict.noMyChanges')}
      </p>
      <div className="conflict-actions">
        <div>
          <Button variant="primary" onPress={onReapply}>
            {isReapplying ? t('agreements.form.saving') : t('agreements.conflict.reapply')}
          </Button>
          <p className="ds-description">{t('agreements.conflict.reapplyHint')}</p>
        </div>
        <div>
          <Button onPress={onReload}>{t('agreements.conflict.reload')}</Button>
          <p className="ds-description">{t('agreements.conflict.reloadHint')}</p>
        </div>
      </div>
    </div>
  );
}
