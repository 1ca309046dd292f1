import { useState, type ReactNode } from 'react';
import { EditSessionView, useEditSession } from '../../../components';

/** How the form starts: the session's values, an error to show at once, a notice after reading the latest. */
type FormStart<I> = { initialInput: I; initialError?: unknown; notice?: string };

/**
 * An edit form over the version of the record it was opened with, on its own page or inside the record's page: when
 * someone else saved meanwhile (412), the conflict screen shows what they changed, to re-apply mine onto their
 * version or start again from it. After its save it starts again from the version saved. With `follow` (a form
 * inside the record's page) it also follows the page's record: a change made elsewhere on the page, such as a status
 * update, starts it again from that version; except from a conflict on until its next save, since reading the latest
 * version for the conflict screen changes the page's record too.
 */
export function VersionedEdit<V extends { etag: string }, I extends object, K extends keyof I & string>(
  props: VersionedEditProps<V, I, K>,
) {
  const [saves, setSaves] = useState(0);
  const [held, setHeld] = useState<string | null>(null);
  const save = async (values: I, etag: string) => {
    await props.save(values, etag);
    setHeld(null);
    setSaves((count) => count + 1);
  };
  const refetch = () => {
    setHeld((etag) => etag ?? props.versioned.etag);
    return props.refetch();
  };
  const followed = props.follow ? (held ?? props.versioned.etag) : '';
  return <EditSession key={`${saves}:${followed}`} {...props} refetch={refetch} save={save} />;
}

type VersionedEditProps<V extends { etag: string }, I extends object, K extends keyof I & string> = {
  versioned: V;
  /** Whether a newer version of the page's record starts the form again (see above). */
  follow?: boolean;
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
