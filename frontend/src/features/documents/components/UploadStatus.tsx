import { useTranslation } from 'react-i18next';
import type { UploadProgress } from '../../../lib/api';

/** How far an upload has come, as a progress bar and in words for screen readers. */
export function UploadStatus({ progress }: { progress: UploadProgress | undefined }) {
  const { t } = useTranslation();
  if (!progress) return null;
  const percent = progress.total ? Math.round((progress.loaded / progress.total) * 100) : undefined;
  return (
    <div className="ds-progress">
      <progress max={100} value={percent} aria-label={t('documents.form.progress')} />
      <span role="status">
        {percent === undefined || percent < 100
          ? t('documents.form.uploading', { percent: percent ?? 0 })
          : t('documents.form.checking')}
      </span>
    </div>
  );
}
