import { DataTable } from '../design-system';
import './components.css';

/** One recorded change of a field: its value before and after (absent, or null in JSON, where it had none). */
export type RecordedChange = { field: string; before?: string | null; after?: string | null };

/** The words of a table of changes: its hidden caption and its three column headers. */
export type ChangesTableTexts = { caption: string; field: string; before: string; after: string };

/**
 * Recorded changes as a table: which field, its value before and after (multi-line values keep their lines). The
 * feature says a field's name and a value in words; an absent value reaches `value` as `undefined`.
 */
export function ChangesTable({
  changes,
  texts,
  label,
  value,
}: {
  changes: readonly RecordedChange[];
  texts: ChangesTableTexts;
  label: (field: string) => string;
  value: (field: string, raw: string | undefined) => string;
}) {
  return (
    <DataTable
      caption={texts.caption}
      captionHidden
      className="changes-table"
      columns={[
        { key: 'field', header: texts.field },
        { key: 'before', header: texts.before },
        { key: 'after', header: texts.after },
      ]}
      rows={changes.map((change) => ({
        key: change.field,
        cells: [
          label(change.field),
          value(change.field, change.before ?? undefined),
          value(change.field, change.after ?? undefined),
        ],
      }))}
    />
  );
}
