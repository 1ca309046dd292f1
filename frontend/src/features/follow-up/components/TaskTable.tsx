import { useTranslation } from 'react-i18next';
import { Link, ScrollTable } from '../../../design-system';
import { formatDate } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import type { MyTask } from '../types';
import { AssessmentStateLabel } from './StatusLabels';
import { toAssessment } from '../../../lib/links';
import { goalAreaName } from '../format';

/** The caller's organisation's tasks: which agreement, year and goal area, where each stands and by when. */
export function TaskTable({ tasks }: { tasks: MyTask[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ScrollTable
      caption={t('followUp.tasks.caption')}
      empty={t('followUp.tasks.none')}
      columns={[
        { key: 'goalArea', header: t('followUp.fields.goalArea') },
        { key: 'agreement', header: t('followUp.fields.agreement') },
        { key: 'year', header: t('followUp.fields.year') },
        { key: 'organisation', header: t('followUp.fields.organisation') },
        { key: 'state', header: t('followUp.fields.state') },
        { key: 'deadline', header: t('followUp.fields.deadline') },
      ]}
      rows={tasks.map((task) => ({
        key: task.task.assessmentId,
        cells: [
          <Link key="link" href={toAssessment({ assessmentId: task.task.assessmentId })}>
            {goalAreaName(task.task.goalArea)}
          </Link>,
          task.agreement.title,
          task.year,
          task.task.organisation?.name ?? t('provenance.missing'),
          <AssessmentStateLabel key="state" state={task.task.state} />,
          <>
            {formatDate(task.deadline, locale(i18n.language)) ?? t('common.notSet')}
            {task.task.overdue && <strong className="overdue"> {t('followUp.board.overdue')}</strong>}
          </>,
        ],
      }))}
    />
  );
}
