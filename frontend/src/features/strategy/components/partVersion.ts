import type { Snapshot } from '../../../components';
import { ApiError, etagOfVersion } from '../../../lib/api';

/** A part of a strategy page with a version of its own (a finding, an area, an activity, a phase). */
type Part = { id: string; version: number };

/** Thrown when the part was removed meanwhile: the page, read again, no longer shows it. */
class PartGone extends Error {}

/**
 * The options of `VersionedEdit` (or `useVersionedEdit`) for a form inside a strategy page over one of its parts.
 * The form follows the page: a newer version of the part shown there (a status, score or checklist change made on
 * the page) starts it again while it holds no unsaved changes; with unsaved changes it keeps its version, and its save
 * meets the newer one as a conflict. The latest version for the conflict screen is read past the page's cache (so a
 * part that moved on the page keeps its form); the page is read again when the person takes the latest version.
 */
export function partVersion<Page, P extends Part, I extends object>({
  part,
  latest,
  partsOf,
  valuesOf,
  save,
  onGone,
}: {
  /** The part as the page shows it. */
  part: P;
  /** Reads the page as stored now, past its cache (`read`), and the page's copy again (`refresh`). */
  latest: { read: () => Promise<Page>; refresh: () => void };
  /** The parts of the page's kind in a read of the page. */
  partsOf: (page: Page) => readonly P[];
  /** The part as the form's values. */
  valuesOf: (part: P) => I;
  /** Saves the values with `If-Match: etag`; resolves to the part saved, throws the ApiError when refused. */
  save: (values: I, etag: string) => Promise<P>;
  /** The save found the part removed by someone else meanwhile (a 412 whose read again lacks it, or a 404). */
  onGone: () => void;
}) {
  const snapshotOf = (read: P): Snapshot<I> => ({ input: valuesOf(read), etag: etagOfVersion(read.version) });
  return {
    read: part,
    readAgain: async () => {
      const found = partsOf(await latest.read()).find((candidate) => candidate.id === part.id);
      if (!found) {
        onGone();
        latest.refresh();
        throw new PartGone('The part was removed meanwhile');
      }
      return found;
    },
    snapshotOf,
    save: async (values: I, etag: string) => {
      try {
        return snapshotOf(await save(values, etag));
      } catch (error) {
        // Removed without a trace the server knows: the page read again no longer shows it.
        if (error instanceof ApiError && error.is('not-found')) {
          onGone();
          latest.refresh();
        }
        throw error;
      }
    },
    follow: true,
    onReload: latest.refresh,
  };
}
