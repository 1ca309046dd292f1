import { useTranslation } from 'react-i18next';
import { Link, ScrollTable } from '../../../design-system';
import { formatDateTime } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import type { Board } from '../types';
import { AssessmentStateLabel } from './StatusLabels';
import { toAssessment } from '../../../lib/links';
import { goalAreaName } from '../format';

/** Who has handed in, against the deadline: goal area × organisation, state in words, when submitted, overdue in words. */
export function BoardTable({ board }: { board: Board }) {
  const { t, i18n } = useTranslation();
  const { counts } = board;
  return (
    <>
      <p>
        {t('followUp.board.summary', {
          count: board.total,
          submitted: counts.submitted,
          accepted: counts.accepted,
          returned: counts.returned,
          open: counts.notStarted + counts.draft,
          overdue: board.overdue,
        })}
      </p>
      <ScrollTable
        caption={t('followUp.board.caption')}
        captionHidden={false}
        columns={[
          { key: 'goalArea', header: t('followUp.fields.goalArea') },
          { key: 'organisation', header: t('followUp.fields.organisation') },
          { key: 'state', header: t('followUp.fields.state') },
          { key: 'submittedAt', header: t('followUp.fields.submittedAt') },
          { key: 'deadline', header: t('followUp.board.againstDeadline') },
        ]}
        rows={board.tasks.map((task) => ({
          key: task.assessmentId,
          cells: [
            goalAreaName(task.goalArea),
            <Link key="link" href={toAssessment({ assessmentId: task.assessmentId })}>
              {task.organisation?.name ?? t('provenance.missing')}
            </Link>,
            <AssessmentStateLabel key="state" state={task.state} />,
            task.submittedAt
              ? formatDateTime(task.submittedAt, locale(i18n.language))
              : t('followUp.board.notSubmitted'),
            task.overdue ? (
              <strong key="overdue" className="overdue">
                <span aria-hidden="true">⚠ </span>
                {t('followUp.board.overdue')}
              </strong>
            ) : (
              t('followUp.board.inTime')
            ),
          ],
        }))}
      />
    </>
  );
}
