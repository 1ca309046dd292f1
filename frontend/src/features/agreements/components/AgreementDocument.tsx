import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, GoalArea, Party } from '../types';
import { GoalAreaSection } from './GoalAreaSection';
import { PartiesTable } from './PartiesTable';

/** Paragraphs as written: a blank line separates them. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index} className="prose">
          {paragraph}
        </p>
      ))}
    </>
  );
}

export type AgreementDocumentProps = {
  agreement: Agreement;
  currentYear?: number;
  /** Controls for those who may change the parts (edit goal area, set focus, edit party …). */
  goalAreaActions?: (goalArea: GoalArea) => ReactNode;
  goalAreasActions?: ReactNode;
  partyActions?: (party: Party) => ReactNode;
  partiesActions?: ReactNode;
  /** Print: every disclosure open. */
  expandAll?: boolean;
};

/**
 * The agreement's text in the document's own order: purpose, background, legal basis, target groups, cross-cutting
 * perspectives, goal areas (goal, strategies, who answers at which level, yearly focus), parties and signatories.
 */
export function AgreementDocument({
  agreement,
  currentYear = new Date().getFullYear(),
  goalAreaActions,
  goalAreasActions,
  partyActions,
  partiesActions,
  expandAll,
}: AgreementDocumentProps) {
  const { t } = useTranslation();
  return (
    <div className="agreement-document">
      {agreement.purpose && (
        <section aria-labelledby="agreement-purpose">
          <h2 id="agreement-purpose">{t('agreements.fields.purpose')}</h2>
          <Paragraphs text={agreement.purpose} />
        </section>
      )}
      {agreement.background && (
        <section aria-labelledby="agreement-background">
          <h2 id="agreement-background">{t('agreements.fields.background')}</h2>
          <Paragraphs text={agreement.background} />
        </section>
      )}
      {agreement.legalBasis.length > 0 && (
        <section aria-labelledby="agreement-legal-basis">
          <h2 id="agreement-legal-basis">{t('agreements.fields.legalBasis')}</h2>
          <ul>
            {agreement.legalBasis.map((reference) => (
              <li key={reference.sfs}>
                {reference.title
                  ? t('agreements.detail.legalReference', { sfs: reference.sfs, title: reference.title })
                  : t('agreements.detail.legalReferenceNumber', { sfs: reference.sfs })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {agreement.targetGroups.length > 0 && (
        <section aria-labelledby="agreement-target-groups">
          <h2 id="agreement-target-groups">{t('agreements.fields.targetGroups')}</h2>
          <ul>
            {agreement.targetGroups.map((group) => (
              <li key={group}>{t(`targetGroup.${group}`)}</li>
            ))}
          </ul>
        </section>
      )}
      {agreement.perspectives.length > 0 && (
        <section aria-labelledby="agreement-perspectives">
          <h2 id="agreement-perspectives">{t('agreements.fields.perspectives')}</h2>
          <ul>
            {agreement.perspectives.map((perspective) => (
              <li key={perspective}>{t(`perspective.${perspective}`)}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="agreement-goal-areas">
        <h2 id="agreement-goal-areas">{t('agreements.detail.goalAreas')}</h2>
        {goalAreasActions}
        {agreement.goalAreas.length === 0 ? (
          <p>{t('agreements.detail.noGoalAreas')}</p>
        ) : (
          agreement.goalAreas.map((goalArea) => (
            <GoalAreaSection
              key={goalArea.id}
              goalArea={goalArea}
              currentYear={currentYear}
              actions={goalAreaActions?.(goalArea)}
              expandAll={expandAll}
            />
          ))
        )}
      </section>
      <section aria-labelledby="agreement-parties">
        <h2 id="agreement-parties">{t('agreements.detail.parties')}</h2>
        {partiesActions}
        {agreement.parties.length === 0 ? (
          <p>{t('agreements.detail.noParties')}</p>
        ) : (
          <PartiesTable parties={agreement.parties} actions={partyActions} />
        )}
      </section>
    </div>
  );
}
