import { useTranslation } from 'react-i18next';
import { coordinatorKinds, type Task } from '../types';
import { TaskTable } from './TaskTable';

/** What waits for a coordinator, one list per kind, each by deadline; a list may be empty. */
export function CoordinatorOverview({ tasks }: { tasks: Task[] }) {
  const { t } = useTranslation();
  return (
    <>
      {coordinatorKinds.map((kind) => {
        const rows = tasks.filter((task) => task.kind === kind && task.state === 'OPEN');
        const id = `waiting-${kind.toLowerCase().replaceAll('_', '-')}`;
        return (
          <section key={kind} aria-labelledby={id} className="waiting-list">
            <h3 id={id}>{t('overview.waitingCount', { title: t(`overview.waiting.${kind}`), count: rows.length })}</h3>
            {rows.length === 0 ? (
              <p>{t('overview.waitingNone')}</p>
            ) : (
              <TaskTable caption={t(`overview.waiting.${kind}`)} tasks={rows} />
            )}
          </section>
        );
      })}
    </>
  );
}
