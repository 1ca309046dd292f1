import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ScrollTable } from '../../../design-system';
import { ApiError, type UploadProgress } from '../../../lib/api';
import { useImportIndicatorValues } from '../api/importIndicatorValues';
import type { IndicatorValuesImport } from '../types';
import { useFollowUpErrorText } from './ActionError';
import { badRowsOf } from './importReport';

/**
 * Replaces the indicator's values from a CSV file: the upload's progress as a progress bar and in a status region;
 * when the server refuses the file, every bad row with its column and reason (nothing is stored then).
 */
export function ValuesImport({ indicatorId, etag }: { indicatorId: string; etag: string }) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const importValues = useImportIndicatorValues();
  const describe = useFollowUpErrorText();
  const [progress, setProgress] = useState<UploadProgress | undefined>();
  const [result, setResult] = useState<IndicatorValuesImport | undefined>();
  const [error, setError] = useState<unknown>();
  const [noFile, setNoFile] = useState(false);

  const upload = async () => {
    const file = fileInput.current?.files?.[0];
    setResult(undefined);
    setError(undefined);
    setNoFile(!file);
    if (!file) return;
    setProgress({ loaded: 0, total: file.size });
    try {
      setResult(await importValues.mutateAsync({ id: indicatorId, etag, file, onProgress: setProgress }));
    } catch (caught) {
      setError(caught);
    } finally {
      setProgress(undefined);
    }
  };

  const percent = progress?.total ? Math.round((progress.loaded / progress.total) * 100) : undefined;
  const badRows = error instanceof ApiError && error.status === 400 ? badRowsOf(error.problem) : [];
  return (
    <section aria-labelledby="import-values">
      <h2 id="import-values">{t('followUp.import.title')}</h2>
      <p id={hintId}>{t('followUp.import.hint')}</p>
      <div className="ds-field">
        <label htmlFor={inputId} className="ds-label">
          {t('followUp.import.file')}
        </label>
        <input
          id={inputId}
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={hintId}
          aria-invalid={noFile || undefined}
          onChange={() => setNoFile(false)}
        />
        {noFile && <p className="ds-field-error">{t('followUp.import.noFile')}</p>}
      </div>
      <p>
        <Button variant="primary" onPress={() => void upload()} isDisabled={importValues.isPending}>
          {t('followUp.import.upload')}
        </Button>
      </p>
      {progress && (
        <div className="ds-progress">
          <label htmlFor={`${inputId}-progress`}>{t('followUp.import.progressLabel')}</label>
          <progress id={`${inputId}-progress`} max={100} value={percent}>
            {percent === undefined ? '' : `${percent} %`}
          </progress>
        </div>
      )}
      <div role="status" className="import-status">
        {progress
          ? percent === undefined || percent < 100
            ? t('followUp.import.uploading', { percent: percent ?? 0 })
            : t('followUp.import.checking')
          : ''}
      </div>
      {result && (
        <Alert tone="success" title={t('followUp.import.done')} focusOnMount>
          <p>
            {t('followUp.import.doneText', {
              imported: result.imported,
              replaced: result.replaced,
              years: result.years.join(', '),
            })}
          </p>
        </Alert>
      )}
      {error !== undefined && badRows.length > 0 && (
        <Alert tone="error" title={t('followUp.import.badTitle', { count: badRows.length })} focusOnMount>
          <p>{t('followUp.import.nothingStored')}</p>
          <ScrollTable
            caption={t('followUp.import.badCaption')}
            captionHidden={false}
            columns={[
              { key: 'row', header: t('followUp.import.row') },
              { key: 'column', header: t('followUp.import.column') },
              { key: 'reason', header: t('followUp.import.reason') },
            ]}
            rows={badRows.map((bad, index) => ({
              key: String(index),
              cells: [bad.row ?? t('followUp.import.wholeFile'), bad.column ?? '–', bad.reason],
            }))}
          />
        </Alert>
      )}
      {error !== undefined && badRows.length === 0 && (
        <Alert tone="error" title={describe(error).title} focusOnMount>
          <p>{describe(error).text}</p>
          <p>{t('followUp.import.nothingStored')}</p>
        </Alert>
      )}
    </section>
  );
}
