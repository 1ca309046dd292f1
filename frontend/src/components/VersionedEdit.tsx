import { useState, type ReactNode } from 'react';
import { EditSessionView, type EditSessionViewProps } from './ConflictScreen';
import { useEditSession, type EditSessionOptions, type Snapshot } from './useEditSession';

export type VersionedEditOptions<V, I> = {
  /** What the page read: the version the form opens with. */
  read: V;
  /** Reads it again, for the latest version after a 412 (e.g. `() => refetched(query)`). */
  readAgain: () => Promise<V>;
  /** What the form edits of a read, with the ETag of its version. */
  snapshotOf: (read: V) => Snapshot<I>;
  /**
   * Saves with `If-Match: etag`; throws the ApiError when refused. A form that stays open returns the version saved;
   * one that returns nothing leaves the page, or (with `follow`) starts again from the page's record.
   */
  save: EditSessionOptions<I>['save'];
  restartOnSave?: boolean;
  /**
   * Whether the form follows the page's record (a form inside the record's page): a newer version read, such as one
   * saved by a status update elsewhere on the page, starts it again from that version, and so does its own save.
   * Not while it holds changes not yet saved (the next save then meets the newer version as a conflict), and not from
   * a conflict on until its next save, since reading the latest version for the conflict screen changes the page's
   * record too.
   */
  follow?: boolean;
  /**
   * Called when the person takes the latest version on the conflict screen instead of their changes (e.g. to read the
   * page again, when `readAgain` reads past the page's cache).
   */
  onReload?: () => void;
};

/**
 * The edit session of a form over something a page reads: the version read opens the form, and the same
 * `snapshotOf` turns the latest read into the conflict screen's version (see `useEditSession`). Without `follow` the
 * form stays on the version it opened with, however often the page reads its record again.
 */
export function useVersionedEdit<V, I extends object>({
  read,
  readAgain,
  snapshotOf,
  save,
  restartOnSave,
  follow = false,
  onReload,
}: VersionedEditOptions<V, I>) {
  const current = snapshotOf(read);
  // From a conflict on until the next save: the version the page reads is the conflict's, not one to follow.
  const [held, setHeld] = useState(false);
  // A save that gave no version: the form starts again from the page's record.
  const [restartPending, setRestartPending] = useState(false);
  const session = useEditSession({
    initial: current,
    fetchLatest: async () => {
      if (follow) setHeld(true);
      return snapshotOf(await readAgain());
    },
    save: async (input, etag) => {
      const version = (await save(input, etag)) ?? undefined;
      if (follow) {
        setHeld(false);
        if (!version) setRestartPending(true);
      }
      return version;
    },
    restartOnSave,
  });
  const newer = !held && !session.conflict && !session.hasUnsavedChanges && current.etag !== session.base.etag;
  if (follow && (restartPending || newer)) {
    // Adjusting the session while rendering (as React suggests for state that follows a prop): no effect, no flash.
    setRestartPending(false);
    session.startFrom(current);
  }
  if (!onReload) return session;
  return {
    ...session,
    reload: () => {
      if (session.conflict) onReload();
      session.reload();
    },
  };
}

export type VersionedEditProps<V, I extends object, K extends keyof I & string> = VersionedEditOptions<V, I> &
  Pick<EditSessionViewProps<I, K>, 'fields' | 'labelOf' | 'describe'> & {
    /** The form, started from the session's values, saving through `session.submit`. */
    renderForm: (
      start: Parameters<EditSessionViewProps<I, K>['renderForm']>[0],
      session: ReturnType<typeof useVersionedEdit<V, I>>,
    ) => ReactNode;
  };

/**
 * An edit form over a version of a record, on its own page or inside the record's page (`follow`): the form, or the
 * conflict screen when someone else saved meanwhile (412), showing what they changed, to re-apply mine onto their
 * version or start again from it (see `useVersionedEdit`).
 */
export function VersionedEdit<V, I extends object, K extends keyof I & string>({
  fields,
  labelOf,
  describe,
  renderForm,
  ...options
}: VersionedEditProps<V, I, K>) {
  const session = useVersionedEdit(options);
  return (
    <EditSessionView
      session={session}
      fields={fields}
      labelOf={labelOf}
      describe={describe}
      renderForm={(start) => renderForm(start, session)}
    />
  );
}
