import { useTranslation } from 'react-i18next';
import { Disclosure, ProvenanceMark, type ProvenanceInfo } from '../../../design-system';
import { locale } from '../../../lib/i18n';
import type { Responsibility, ResponsibilityKind } from '../types';
import { formatList } from './format';
import { responsibilityEntries, type ResponsibilityEntry } from './responsibilities';

function useEntryText() {
  const { t, i18n } = useTranslation();
  return (entry: ResponsibilityEntry) => {
    const name = entry.organisation
      ? entry.organisation.name
      : (entry.collectiveParty ?? t('agreements.detail.allOthers'));
    const named = entry.qualifier ? `${name} ${entry.qualifier}` : name;
    if (entry.levels.length === 0) return named;
    const levels = t('agreements.detail.atLevels', {
      levels: formatList(
        entry.levels.map((level) => t(`levelWord.${level}`)),
        locale(i18n.language),
      ),
    });
    return t('agreements.detail.partyAtLevels', { name: named, levels });
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
        <span className="label">{label}:</span> {formatList(entries.map(entryText), locale(i18n.language))}
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
