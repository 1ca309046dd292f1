import { useTranslation } from 'react-i18next';
import { Disclosure, Link } from '../../../design-system';
import { formatDate } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { toMeeting } from '../../../lib/links';
import type { YearlyPriority } from '../types';
import { splitFocus } from './focus';

function FocusPoints({ priority, headingLevel }: { priority: YearlyPriority; headingLevel: 4 | 5 }) {
  const { t, i18n } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  const decidedOn = formatDate(priority.decidedOn, locale(i18n.language));
  const decision = priority.decision;
  const proposal =
    priority.status === 'PROPOSED'
      ? priority.proposedBy
        ? t('agreements.detail.proposedBy', { forum: priority.proposedBy.name })
        : t('agreements.detail.proposed')
      : undefined;
  const recorded =
    priority.decidedBy && decidedOn
      ? t('agreements.detail.decidedByOn', { by: priority.decidedBy, on: decidedOn })
      : priority.decidedBy
        ? t('agreements.detail.decidedBy', { by: priority.decidedBy })
        : decidedOn
          ? t('agreements.detail.decidedOn', { on: decidedOn })
          : undefined;
  return (
    <div className="focus">
      <Heading>{t('agreements.detail.focusTitle', { year: priority.year })}</Heading>
      <p>{t('agreements.detail.focusIntro', { year: priority.year })}</p>
      <ul>
        {priority.points.map((point, index) => (
          <li key={index}>{point}</li>
        ))}
      </ul>
      <p className="focus-status">
        <span className={`focus-badge focus-badge--${priority.status.toLowerCase()}`}>
          {t(`agreements.detail.priorityStatus.${priority.status}`)}
        </span>{' '}
        {proposal}
        {decision && (
          <Link href={toMeeting({ id: decision.meetingId })}>
            {decision.paragraph
              ? t('agreements.detail.decidedByMeetingParagraph', {
                  forum: decision.forumName,
                  on: formatDate(decision.date, locale(i18n.language)),
                  paragraph: decision.paragraph,
                })
              : t('agreements.detail.decidedByMeeting', {
                  forum: decision.forumName,
                  on: formatDate(decision.date, locale(i18n.language)),
                })}
          </Link>
        )}
        {decision &&
          priority.proposedBy &&
          ` ${t('agreements.detail.onProposalOf', { forum: priority.proposedBy.name })}`}
      </p>
      {recorded && <p className="muted">{recorded}</p>}
    </div>
  );
}

/** A goal area's "särskilt fokus": this year's (or the latest) first, the other years behind a disclosure. */
export function YearlyFocus({
  priorities,
  currentYear,
  expandAll,
}: {
  priorities: readonly YearlyPriority[];
  currentYear: number;
  expandAll?: boolean;
}) {
  const { t } = useTranslation();
  const { shown, others } = splitFocus(priorities, currentYear);
  if (!shown && others.length === 0) return null;
  return (
    <>
      {shown && <FocusPoints priority={shown} headingLevel={4} />}
      {others.length > 0 && (
        <Disclosure
          summary={t(
            !shown
              ? 'agreements.detail.focusPlanned'
              : others.every((priority) => priority.year < shown.year)
                ? 'agreements.detail.focusEarlier'
                : 'agreements.detail.focusOther',
            { count: others.length },
          )}
          defaultOpen={expandAll}
        >
          {others.map((priority) => (
            <FocusPoints key={priority.id} priority={priority} headingLevel={5} />
          ))}
        </Disclosure>
      )}
    </>
  );
}
