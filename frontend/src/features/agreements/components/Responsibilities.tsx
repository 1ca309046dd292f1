import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure, Link, ProvenanceMark, type ProvenanceInfo } from '../../../design-system';
import { locale } from '../../../lib/i18n';
import { toFundingProject } from '../../../lib/links';
import type { Responsibility, ResponsibilityKind } from '../types';
import { formatList } from './format';
import { responsibilityEntries, type ResponsibilityEntry } from './responsibilities';

/** "a, b och c" of parts that may be links, joined as `formatList` joins words. */
function formatNodeList(items: readonly ReactNode[], language: string): ReactNode[] {
  let index = 0;
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' })
    .formatToParts(items.map((_, i) => String(i)))
    .map((part) =>
      part.type === 'element' ? <Fragment key={`item-${index}`}>{items[index++]}</Fragment> : part.value,
    );
}

/** A party as the document names it; a qualifier naming a registered project ("genom projekt …") links to it. */
function useEntryText() {
  const { t, i18n } = useTranslation();
  return (entry: ResponsibilityEntry): ReactNode => {
    const name = entry.organisation
      ? entry.organisation.name
      : (entry.collectiveParty ?? t('agreements.detail.allOthers'));
    const named: ReactNode = !entry.qualifier ? (
      name
    ) : entry.projectId ? (
      <>
        {name} <Link href={toFundingProject({ id: entry.projectId })}>{entry.qualifier}</Link>
      </>
    ) : (
      `${name} ${entry.qualifier}`
    );
    if (entry.levels.length === 0) return named;
    const levels = t('agreements.detail.atLevels', {
      levels: formatList(
        entry.levels.map((level) => t(`levelWord.${level}`)),
        locale(i18n.language),
      ),
    });
    // The sentence around the name is the translation's; the name goes in where it says, a link staying a link.
    const [before = '', after = ''] = t('agreements.detail.partyAtLevels', { name: '\u0000', levels }).split('\u0000');
    return (
      <>
        {before}
        {named}
        {after}
      </>
    );
  };
}

/** One mark for the rows of a line whose party is inferred: the notes once each, so ten municipalities make one mark. */
function inferredParties(rows: readonly Responsibility[]): ProvenanceInfo | null {
  const inferred = rows.filter(
    (row) => row.provenance?.kind === 'INFERRED' && row.provenance.inferred.includes('organisation'),
  );
  if (inferred.length === 0) return null;
  const notes = [...new Set(inferred.map((row) => row.provenance?.note).filter((note): note is string => !!note))];
  return { kind: 'INFERRED', note: notes.join(' '), source: inferred[0].provenance?.source, inferred: [] };
}

/** One line of the document, "Ansvariga parter: A (regional nivå) och B (lokal nivå)", and who the others are. */
function ResponsibilityLine({
  kind,
  responsibilities,
  expandAll,
}: {
  kind: ResponsibilityKind;
  responsibilities: readonly Responsibility[];
  expandAll?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const entryText = useEntryText();
  const entries = responsibilityEntries(responsibilities, kind);
  if (entries.length === 0) return null;
  const allOthers = entries.find((entry) => entry.organisation === null && entry.collectiveParty === null);
  // "övriga undertecknande parter" are several parties, however many entries there are.
  const count = allOthers ? Math.max(entries.length, 2) : entries.length;
  const label =
    kind === 'RESPONSIBLE' ? t('agreements.detail.responsible', { count }) : t('agreements.detail.others', { count });
  const rows = entries.flatMap((entry) => entry.rows);
  const levelMissing = rows.find((row) => !row.level && row.provenance);
  const inferred = inferredParties(rows);
  return (
    <div className="responsibility-line" data-kind={kind}>
      <p>
        <span className="label">{label}:</span> {formatNodeList(entries.map(entryText), locale(i18n.language))}
      </p>
      {(levelMissing || inferred) && (
        <div className="provenance-line">
          {levelMissing && (
            <>
              {t('agreements.detail.levelLabel')}
              <ProvenanceMark provenance={levelMissing.provenance} missing />
            </>
          )}
          {inferred && (
            <>
              {' '}
              {t('agreements.detail.partiesLabel')}
              <ProvenanceMark provenance={inferred} />
            </>
          )}
        </div>
      )}
      {allOthers && (
        <Disclosure
          summary={t('agreements.detail.allOthersWho', { count: allOthers.covered.length })}
          defaultOpen={expandAll}
        >
          {allOthers.covered.length === 0 ? (
            <p>{t('agreements.detail.allOthersNone')}</p>
          ) : (
            <ul className="compact-list">
              {allOthers.covered.map((organisation) => (
                <li key={organisation.id}>{organisation.name}</li>
              ))}
            </ul>
          )}
        </Disclosure>
      )}
    </div>
  );
}

/** Who answers for a goal area, by level, as the document reads: the responsible parties, then the others. */
export function Responsibilities({
  responsibilities,
  expandAll,
}: {
  responsibilities: readonly Responsibility[];
  expandAll?: boolean;
}) {
  const { t } = useTranslation();
  if (responsibilities.length === 0) return <p className="muted">{t('agreements.detail.noResponsibilities')}</p>;
  return (
    <>
      <ResponsibilityLine kind="RESPONSIBLE" responsibilities={responsibilities} expandAll={expandAll} />
      <ResponsibilityLine kind="OTHER" responsibilities={responsibilities} expandAll={expandAll} />
    </>
  );
}
