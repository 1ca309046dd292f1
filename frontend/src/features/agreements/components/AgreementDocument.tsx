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

/** A section of running text, left out when there is none. */
function TextSection({ id, title, text }: { id: string; title: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <Paragraphs text={text} />
    </section>
  );
}

/** A section that is a list (legal basis, target groups …), left out when empty. */
function ListSection({ id, title, items }: { id: string; title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
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
      <TextSection id="agreement-purpose" title={t('agreements.fields.purpose')} text={agreement.purpose} />
      <TextSection id="agreement-background" title={t('agreements.fields.background')} text={agreement.background} />
      <ListSection
        id="agreement-legal-basis"
        title={t('agreements.fields.legalBasis')}
        items={agreement.legalBasis.map((reference) =>
          reference.title
            ? t('agreements.detail.legalReference', { sfs: reference.sfs, title: reference.title })
            : t('agreements.detail.legalReferenceNumber', { sfs: reference.sfs }),
        )}
      />
      <ListSection
        id="agreement-target-groups"
        title={t('agreements.fields.targetGroups')}
        items={agreement.targetGroups.map((group) => t(`targetGroup.${group}`))}
      />
      <ListSection
        id="agreement-perspectives"
        title={t('agreements.fields.perspectives')}
        items={agreement.perspectives.map((perspective) => t(`perspective.${perspective}`))}
      />
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
