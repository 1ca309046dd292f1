import { useTranslation } from 'react-i18next';
import './ProvenanceMark.css';

/** Where a record's values come from (the API's `Provenance`); absent on records entered in the system. */
export interface ProvenanceInfo {
  kind: 'SOURCE' | 'INFERRED' | 'SAMPLE';
  source?: string | null;
  note?: string | null;
  inferred: string[];
}

type MarkKind = 'inferred' | 'sample' | 'missing';

/**
 * A small mark beside a value that is not as its source document says it: inferred ("härledd"), sample data
 * ("exempeldata") or not stated in the source ("uppgift saknas i källan"). The mark is text, not colour; it opens
 * (a native `<details>`) to say why and which document it comes from. Renders nothing for values as the source says
 * them and for records entered in the system.
 *
 * - `field`: the API name of the value shown; the mark appears only when that field is inferred (or the record is
 *   sample data). Without it the mark stands for the whole record.
 * - `missing`: the value is empty because the source does not state it.
 */
export function ProvenanceMark({
  provenance,
  field,
  missing,
}: {
  provenance?: ProvenanceInfo | null;
  field?: string;
  missing?: boolean;
}) {
  const { t } = useTranslation();
  if (!provenance) return null;
  let kind: MarkKind | null = null;
  if (missing) kind = 'missing';
  else if (provenance.kind === 'SAMPLE') kind = 'sample';
  else if (
    provenance.kind === 'INFERRED' &&
    (field === undefined || provenance.inferred.length === 0 || provenance.inferred.includes(field))
  ) {
    kind = 'inferred';
  }
  if (!kind) return null;
  return (
    <details className={`ds-provenance ds-provenance--${kind}`}>
      <summary className="ds-provenance-summary">{t(`provenance.${kind}`)}</summary>
      <span className="ds-provenance-body">
        {kind === 'missing' ? t('provenance.missingNote') : provenance.note}
        {provenance.source && <> {t('provenance.source', { source: provenance.source })}</>}
      </span>
    </details>
  );
}

/** The source a record's values come from, as a small line under it; nothing for records entered in the system. */
export function SourceNote({ provenance }: { provenance?: ProvenanceInfo | null }) {
  const { t } = useTranslation();
  if (!provenance?.source) return null;
  return <p className="ds-source-note">{t('provenance.source', { source: provenance.source })}</p>;
}
