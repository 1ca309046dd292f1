import { useEditSession, type EditSessionOptions, type Snapshot } from './useEditSession';

export type VersionedEditOptions<V, I> = {
  /** What the page read: the version the form opens with. */
  read: V;
  /** Reads it again, for the latest version after a 412 (e.g. `() => refetched(query)`). */
  readAgain: () => Promise<V>;
  /** What the form edits of a read, with the ETag of its version. */
  snapshotOf: (read: V) => Snapshot<I>;
  save: EditSessionOptions<I>['save'];
  restartOnSave?: boolean;
};

/**
 * The edit session of a form over something a page reads: the version read opens the form, and the same
 * `snapshotOf` turns the latest read into the conflict screen's version (see `useEditSession`).
 */
export function useVersionedEdit<V, I extends object>({
  read,
  readAgain,
  snapshotOf,
  save,
}: VersionedEditOptions<V, I>) {
  return useEditSession({
    initial: snapshotOf(read),
    fetchLatest: async () => snapshotOf(await readAgain()),
    save,
  });
}
