import { useRef, useState, type ReactNode } from 'react';
import { EditSessionView, useEditSession, type Snapshot } from '../../../components';
import { etagOfVersion } from '../../../lib/api';

/** How the form starts: the session's values, an error to show at once, a notice after reading the latest. */
export type PartFormStart<I> = { initialInput: I; initialError?: unknown; notice?: string };

/** A part of a strategy page with a version of its own (a finding, an area, an activity, a phase). */
type Part = { version: number };

export type PartEditProps<P extends Part, I extends object, K extends keyof I & string> = {
  /** The part as the page shows it. */
  part: P;
  /** Reads the part as stored now (past the page's cache); undefined when it is gone. */
  readLatest: () => Promise<P | undefined>;
  /** Reads the page again, once the person takes the latest version instead of their changes. */
  refreshPage: () => void;
  /** The part as the form's values. */
  valuesOf: (part: P) => I;
  /** Saves the values with `If-Match: etag`; resolves to the part saved, throws the ApiError when refused. */
  save: (values: I, etag: string) => Promise<P>;
  /** The form's fields, in order, for the conflict table. */
  fields: readonly K[];
  labelOf: (field: string) => string;
  /** A value in words (texts and lists of texts as they are by default). */
  describe?: (field: K, value: unknown) => string;
  /**
   * The form, started from the session's values, saving through `submit`; it calls `edited` on every change the
   * person makes, so that the form no longer follows the page.
   */
  renderForm: (start: PartFormStart<I>, submit: (values: I) => Promise<void>, edited: () => void) => ReactNode;
};

/** Thrown when the part was removed meanwhile: the page, read again, no longer shows it. */
class PartGone extends Error {}

/**
 * An edit form inside a strategy page over the version of its part it was opened with. When someone else saved the
 * part meanwhile (412), the conflict screen shows what they changed, to re-apply mine onto their version or start
 * again from it. An untouched form follows the page: a newer version shown there (read again, or a status, score or
 * checklist change made on the page) starts it again from that version. Once the person works in it (types, picks,
 * saves), it keeps its version until the save, or the conflict it leads to, is settled.
 */
export function PartEdit<P extends Part, I extends object, K extends keyof I & string>(props: PartEditProps<P, I, K>) {
  // The session's key and the version of the part it is at.
  const [at, setAt] = useState({ key: 0, version: props.part.version });
  // Whether the form holds something of the person's own: what they typed or picked, a save under way, a conflict.
  const [own, setOwn] = useState(false);
  if (!own && props.part.version > at.version) setAt({ key: at.key + 1, version: props.part.version });
  const { valuesOf } = props;
  const save = async (values: I, etag: string): Promise<Snapshot<I>> => {
    setOwn(true);
    const saved = await props.save(values, etag);
    setAt((current) => ({ ...current, version: saved.version }));
    setOwn(false);
    return { input: valuesOf(saved), etag: etagOfVersion(saved.version) };
  };
  const latestVersion = useRef(props.part.version);
  const readLatest = async (): Promise<Snapshot<I>> => {
    const latest = await props.readLatest();
    if (!latest) {
      props.refreshPage();
      throw new PartGone('The part was removed meanwhile');
    }
    latestVersion.current = latest.version;
    return { input: valuesOf(latest), etag: etagOfVersion(latest.version) };
  };
  const reloaded = () => {
    setAt((current) => ({ ...current, version: latestVersion.current }));
    setOwn(false);
    props.refreshPage();
  };
  const touch = () => {
    if (!own) setOwn(true);
  };
  return <PartSession key={at.key} {...props} save={save} readLatest={readLatest} reloaded={reloaded} touch={touch} />;
}

function PartSession<P extends Part, I extends object, K extends keyof I & string>({
  part,
  valuesOf,
  save,
  readLatest,
  reloaded,
  touch,
  renderForm,
  fields,
  labelOf,
  describe,
}: Omit<PartEditProps<P, I, K>, 'save' | 'readLatest' | 'refreshPage'> & {
  save: (values: I, etag: string) => Promise<Snapshot<I>>;
  readLatest: () => Promise<Snapshot<I>>;
  reloaded: () => void;
  touch: () => void;
}) {
  const session = useEditSession({
    initial: { input: valuesOf(part), etag: etagOfVersion(part.version) },
    fetchLatest: readLatest,
    save,
  });
  const view = {
    ...session,
    reload: () => {
      reloaded();
      session.reload();
    },
  };
  return (
    <EditSessionView
      session={view}
      fields={fields}
      labelOf={labelOf}
      describe={describe}
      renderForm={(start) => renderForm(start, session.submit, touch)}
    />
  );
}
