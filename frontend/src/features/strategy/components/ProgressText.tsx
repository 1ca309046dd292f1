import { useTranslation } from 'react-i18next';
import type { Progress } from '../types';

/** "2 of 4 done (50 %), 1 ongoing, 1 overdue": the numbers in words, not only a bar. */
export function ProgressText({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  if (progress.total === 0) return <>{t('strategy.plan.noActivities')}</>;
  return (
    <>
      {progress.percentDone == null
        ? t('strategy.plan.allCancelled', { count: progress.total })
        : t('strategy.plan.progressText', {
            done: progress.done,
            counted: progress.total - progress.cancelled,
            percent: progress.percentDone,
          })}
      {progress.ongoing > 0 && `, ${t('strategy.plan.ongoingCount', { count: progress.ongoing })}`}
      {progress.cancelled > 0 && `, ${t('strategy.plan.cancelledCount', { count: progress.cancelled })}`}
      {progress.overdue > 0 && `, ${t('strategy.plan.overdueCount', { count: progress.overdue })}`}
      {progress.percentDone != null && (
        <progress className="plan-progress" max={100} value={progress.percentDone} aria-hidden="true" />
      )}
    </>
  );
}
