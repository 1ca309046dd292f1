import { useTranslation } from 'react-i18next';
import { Link, ScrollTable } from '../../../design-system';
import { formatDate } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { isRecordStatus, type Task } from '../types';
import { taskLink } from './taskLink';
import '../styles.css';

/** Tasks as the API orders them (open before done, by deadline); each row's first cell links to where it is done. */
export function TaskTable({ caption, tasks }: { caption: string; tasks: Task[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ScrollTable
      caption={caption}
      className="task-table"
      columns={[
        { key: 'title', header: t('overview.fields.task') },
        { key: 'kind', header: t('overview.fields.kind') },
        { key: 'context', header: t('overview.fields.context') },
        { key: 'organisation', header: t('overview.fields.organisation') },
        { key: 'state', header: t('overview.fields.state') },
        { key: 'deadline', header: t('overview.fields.deadline') },
      ]}
      rows={tasks.map((task, index) => ({
        // A project with two accounts is the target of two tasks.
        key: `${task.kind}-${task.targetId}-${String(index)}`,
        cells: [
          <Link key="title" href={taskLink(task)}>
            {task.title}
          </Link>,
          t(`overview.kind.${task.kind}`),
          [task.context, task.year].filter((part) => part !== undefined && part !== null).join(', '),
          task.missing.length > 0
            ? t('overview.missing', { organisations: task.missing.join(', ') })
            : (task.organisation ?? ''),
          <span key="state" className={`task-state task-state--${task.state.toLowerCase()}`}>
            {t(`overview.state.${task.state}`)}
            {isRecordStatus(task.status) && ` (${t(`overview.status.${task.status}`)})`}
          </span>,
          <span key="deadline">
            {formatDate(task.deadline, locale(i18n.language)) ?? t('overview.noDeadline')}
            {task.overdue && <strong className="task-overdue"> {t('overview.overdue')}</strong>}
          </span>,
        ],
      }))}
    />
  );
}
