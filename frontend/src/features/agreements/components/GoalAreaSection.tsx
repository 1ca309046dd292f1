import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, ProvenanceMark } from '../../../design-system';
import { toAgreement } from '../../../lib/links';
import { goalAreaName } from './format';
import type { GoalArea } from '../types';
import { Responsibilities } from './Responsibilities';
import { YearlyFocus } from './YearlyFocus';

export type GoalAreaSectionProps = {
  goalArea: GoalArea;
  currentYear: number;
  /** Shown under the heading for those who may change the goal area. */
  actions?: ReactNode;
  /** Print: every disclosure open. */
  expandAll?: boolean;
};

/** One goal area as the document reads: number and title, goal, ordered strategies, target groups, who answers, focus. */
export function GoalAreaSection({ goalArea, currentYear, actions, expandAll }: GoalAreaSectionProps) {
  const { t } = useTranslation();
  const headingId = `goal-area-${goalArea.id}`;
  return (
    <section className="goal-area" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {goalArea.number && <span className="goal-area-number">{goalArea.number}</span>} {goalArea.title}
      </h3>
      {(goalArea.kind === 'MONITORED_AREA' || goalArea.provenance?.inferred.includes('number')) && (
        <div className="goal-area-kind muted">
          {goalArea.kind === 'MONITORED_AREA' && t('agreements.detail.monitoredArea')}
          <ProvenanceMark provenance={goalArea.provenance} field="number" />
        </div>
      )}
      {actions}
      {goalArea.answersTo && (
        <p className="goal-area-answers-to">
          <span className="label">{t('agreements.detail.answersTo')}:</span>{' '}
          <Link href={toAgreement({ id: goalArea.answersTo.agreementId })}>{goalAreaName(goalArea.answersTo)}</Link>
        </p>
      )}
      {goalArea.goal && (
        <p className="goal-area-goal">
          <span className="label">{t('agreements.detail.goal')}:</span> {goalArea.goal}
        </p>
      )}
      {goalArea.strategies.length > 0 && (
        <>
          <h4>{t('agreements.detail.strategies')}</h4>
          <ol>
            {goalArea.strategies.map((strategy, index) => (
              <li key={index}>{strategy}</li>
            ))}
          </ol>
        </>
      )}
      {goalArea.targetGroups.length > 0 && (
        <p>
          <span className="label">{t('agreements.fields.targetGroups')}:</span>{' '}
          {goalArea.targetGroups.map((group) => t(`targetGroup.${group}`)).join(', ')}
        </p>
      )}
      {goalArea.targetGroups.length > 0 && goalArea.provenance?.inferred.includes('targetGroups') && (
        <div className="provenance-line">
          {t('agreements.fields.targetGroups')}
          <ProvenanceMark provenance={goalArea.provenance} field="targetGroups" />
        </div>
      )}
      <Responsibilities responsibilities={goalArea.responsibilities} expandAll={expandAll} />
      <YearlyFocus priorities={goalArea.priorities} currentYear={currentYear} expandAll={expandAll} />
    </section>
  );
}
