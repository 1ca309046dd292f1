import { useTranslation } from 'react-i18next';
import { Loaded } from '../../../components';
import { useMyTasks, type TaskQuery } from '../api/getMyTasks';
import { memberKinds, type Task } from '../types';
import { TaskFilters } from './TaskFilters';
import { TaskTable } from './TaskTable';

const isMemberTask = (task: Task) => (memberKinds as readonly string[]).includes(task.kind);

/** "Mina uppgifter": every task of the caller's organisation, open before done, by deadline, filterable. */
export function MyTaskList({ query, onQueryChange }: { query: TaskQuery; onQueryChange: (query: TaskQuery) => void }) {
  const { t } = useTranslation();
  const tasks = useMyTasks(query, true);
  return (
    <>
      <TaskFilters kinds={memberKinds} value={query} onChange={onQueryChange} />
      <Loaded query={tasks}>
        {(data) => {
          const mine = data.tasks.filter(isMemberTask);
          return (
            <>
              <p className="result-count" role="status">
                {t('overview.count', { count: mine.length })}
              </p>
              {mine.length === 0 ? (
                <p>{t('overview.none')}</p>
              ) : (
                <TaskTable caption={t('overview.myTasks')} tasks={mine} />
              )}
              {data.truncated && <p>{t('overview.truncated')}</p>}
            </>
          );
        }}
      </Loaded>
    </>
  );
}
