import { useState, type ReactNode } from 'react';
import { EditSessionView, useEditSession } from '../../../components';

/** How the form starts: the session's values, an error to show at once, a notice after reading the latest. */
type FormStart<I> = { initialInput: I; initialError?: unknown; notice?: string };

/**
 * An edit form over the version of the record it was opened with, on its own page or inside the record's page: when
 * someone else saved meanwhile (412), the conflict screen shows what they changed, to re-apply mine onto their
 * version or start again from it. After each save it starts again from the version saved (the page's record by
 * then); it is not keyed by the ETag, which reading the latest version changes too (the conflict screen would go).
 */
export function VersionedEdit<V extends { etag: string }, I extends object, K extends keyof I & string>(
  props: VersionedEditProps<V, I, K>,
) {
  const [saves, setSaves] = useState(0);
  const save = async (values: I, etag: string) => {
    await props.save(values, etag);
    setSaves((count) => count + 1);
  };
  return <EditSession key={saves} {...props} save={save} />;
}

type VersionedEditProps<V extends { etag: string }, I extends object, K extends keyof I & string> = {
  versioned: V;
  /** Reads the record again (e.g. `() => refetched(query)`). */
  refetch: () => Promise<V>;
  /** The record as the form's values. */
  valuesOf: (versioned: V) => I;
  /** Saves the values with `If-Match: etag`; throws the ApiError when refused. */
  save: (values: I, etag: string) => Promise<void>;
  /** The form's fields, in order, for the conflict table. */
  fields: readonly K[];
  labelOf: (field: string) => string;
  /** A value in words (texts and lists of texts as they are by default). */
  describe?: (field: K, value: unknown) => string;
  /** The form, started from the session's values, saving through `submit`. */
  renderForm: (start: FormStart<I>, submit: (values: I) => Promise<void>) => ReactNode;
};

function EditSession<V extends { etag: string }, I extends object, K extends keyof I & string>({
  versioned,
  refetch,
  valuesOf,
  save,
  renderForm,
  ...view
}: VersionedEditProps<V, I, K>) {
  const session = useEditSession({
    initial: { input: valuesOf(versioned), etag: versioned.etag },
    fetchLatest: async () => {
      const latest = await refetch();
      return { input: valuesOf(latest), etag: latest.etag };
    },
    save,
  });
  return <EditSessionView {...view} session={session} renderForm={(start) => renderForm(start, session.submit)} />;
}
