import { useState } from 'react';
import { isStale } from '../lib/api';
import { applyMyChanges } from './conflict';

/** What a form edits, as the API input, with the ETag of the version it came from. */
export type Snapshot<I> = { input: I; etag: string };

/** How the form starts: its values, and an error to show at once (e.g. from re-applying). */
export type FormStart<I> = { input: I; error?: unknown; reloaded?: boolean };

export type EditSessionOptions<I> = {
  initial: Snapshot<I>;
  /** Reads what is stored now. */
  fetchLatest: () => Promise<Snapshot<I>>;
  /**
   * Saves with `If-Match: etag`; throws the ApiError when refused. A form that stays open after saving returns the
   * saved version, which the next save starts from.
   */
  save: (input: I, etag: string) => Promise<Snapshot<I> | undefined> | Promise<void>;
  /**
   * Whether the form starts again from the version a save returns (e.g. so entries added get the server's keys);
   * by default it keeps what is typed and only goes on from that version.
   */
  restartOnSave?: boolean;
};

/**
 * An edit that knows the version it started from. When the server refuses a save because someone else saved in
 * between (412), the latest version is read and the edit turns into a conflict: the person can read the latest
 * version (dropping their changes) or lay their changes onto it and save with its ETag. It knows too whether the form
 * holds changes not yet saved: the form's `ServerForm` reports them (through `EditSessionView`), and a form started
 * from values other than the version's (after a failed re-apply) holds them from the start.
 */
export function useEditSession<I extends object>({
  initial,
  fetchLatest,
  save,
  restartOnSave = false,
}: EditSessionOptions<I>) {
  const [base, setBase] = useState(initial);
  const [start, setStart] = useState<FormStart<I>>({ input: initial.input });
  const [formKey, setFormKey] = useState(0);
  const [conflict, setConflict] = useState<{ latest: Snapshot<I>; mine: I } | null>(null);
  const [isReapplying, setReapplying] = useState(false);
  // What the form reports as typed but not saved, and whether it started from values not yet saved.
  const [formUnsaved, reportUnsaved] = useState(false);
  const [startUnsaved, setStartUnsaved] = useState(false);

  const restart = (nextBase: Snapshot<I>, nextStart: FormStart<I>) => {
    setBase(nextBase);
    setStart(nextStart);
    setConflict(null);
    setFormKey((key) => key + 1);
    reportUnsaved(false);
    setStartUnsaved(nextStart.input !== nextBase.input);
  };

  const saved = () => {
    reportUnsaved(false);
    setStartUnsaved(false);
  };

  /**
   * `submit` that also gives the version saved when `save` does (none when the save ended in the conflict screen),
   * for a form that goes on from it (e.g. hands it in).
   */
  const submitForVersion = async (mine: I) => {
    let version: Snapshot<I> | undefined;
    try {
      version = (await save(mine, base.etag)) ?? undefined;
    } catch (error) {
      if (!isStale(error)) throw error;
      setConflict({ latest: await fetchLatest(), mine });
      return undefined;
    }
    saved();
    if (version && restartOnSave) restart(version, { input: version.input });
    else if (version) setBase(version);
    return version;
  };

  /** The form's save: a stale version becomes the conflict screen, every other refusal goes back to the form. */
  const submit = async (mine: I): Promise<void> => {
    await submitForVersion(mine);
  };

  /** Drops my changes: the form shows what is stored now. */
  const reload = () => {
    if (conflict) restart(conflict.latest, { input: conflict.latest.input, reloaded: true });
  };

  /** My changes on top of the latest version, saved with its ETag. */
  const reapply = async () => {
    if (!conflict) return;
    const { latest, mine } = conflict;
    const merged = applyMyChanges(base.input, latest.input, mine);
    setReapplying(true);
    try {
      const version = await save(merged, latest.etag);
      saved();
      // A form that stays open shows what was saved, and goes on from that version.
      if (version) restart(version, { input: version.input });
    } catch (error) {
      if (isStale(error)) {
        // Yet another save in between: compare with that one, keeping my changes relative to what I last saw.
        let newer: Snapshot<I>;
        try {
          newer = await fetchLatest();
        } catch (readError) {
          // Removed meanwhile (the read no longer finds it) or not read: the form, with my changes, says why.
          restart(latest, { input: merged, error: readError });
          return;
        }
        setBase(latest);
        setConflict({ latest: newer, mine: merged });
      } else {
        restart(latest, { input: merged, error });
      }
    } finally {
      setReapplying(false);
    }
  };

  /** Starts the form again from a version (e.g. a newer one the page read), dropping what it holds. */
  const startFrom = (version: Snapshot<I>) => {
    restart(version, { input: version.input });
  };

  return {
    base,
    start,
    formKey,
    conflict,
    submit,
    submitForVersion,
    reload,
    reapply,
    isReapplying,
    startFrom,
    /** Whether the form holds changes not yet saved. */
    hasUnsavedChanges: formUnsaved || startUnsaved,
    /** How the form says whether it holds changes not yet saved (`EditSessionView` hands it to `ServerForm`). */
    reportUnsaved,
  };
}

/**
 * What a query reads when asked again (its `refetch`), for `fetchLatest`: the query's data is then the latest
 * version too; a failed read throws, so the form shows why.
 */
export async function refetched<T>(query: {
  refetch: (options: { throwOnError: true }) => Promise<{ data: T | undefined }>;
}): Promise<T> {
  const { data } = await query.refetch({ throwOnError: true });
  if (data === undefined) throw new Error('The query read nothing');
  return data;
}
