import { ApiError } from '../../../lib/api';
import type { AgendaItem, Decision, Meeting, MinutesItem } from '../types';

/** What the meeting's page reads: the meeting with its agenda, and the minutes per point when they may be read. */
export type MeetingRead = { meeting: Meeting; minutes?: MinutesItem[] };

/** Reads the meeting (and its minutes) again: the latest versions of its points and decisions after a 412. */
export type ReadMeetingAgain = () => Promise<MeetingRead>;

/**
 * A correction's save that found its point or decision gone without a trace the server knows (404): `onGone` is
 * told and the meeting read again, so the agenda no longer shows it. Every refusal is thrown on for the form.
 */
export async function saveNoticingGone<T>(save: () => Promise<T>, onGone: OnGone, readAgain: ReadMeetingAgain) {
  try {
    return await save();
  } catch (error) {
    if (error instanceof ApiError && error.is('not-found')) {
      onGone();
      void readAgain().catch(() => undefined);
    }
    throw error;
  }
}

/** A point of the agenda as read, with its minutes (from the minutes, when they may be read). */
export type PointRead = { item: AgendaItem; minutes?: string };

/**
 * What a correction's form does when its save found the point or decision removed by someone else meanwhile (a 412
 * whose read again lacks it, or a 404): the agenda says so instead of the form.
 */
export type OnGone = () => void;

/** A point of a meeting read again; gone meanwhile, it is an error, and `onGone` is told. */
export function pointIn(read: MeetingRead, itemId: string, onGone?: OnGone): PointRead {
  const item = read.meeting.agenda.find((point) => point.id === itemId);
  if (!item) {
    onGone?.();
    throw new Error(`The agenda item ${itemId} is no longer on the agenda`);
  }
  return { item, minutes: read.minutes?.find((entry) => entry.agendaItemId === itemId)?.minutes };
}

/** A decision of a meeting read again; gone meanwhile, it is an error, and `onGone` is told. */
export function decisionIn(read: MeetingRead, decisionId: string, onGone?: OnGone): Decision {
  const decision = read.minutes?.flatMap((entry) => entry.decisions).find((candidate) => candidate.id === decisionId);
  if (!decision) {
    onGone?.();
    throw new Error(`The decision ${decisionId} is no longer in the minutes`);
  }
  return decision;
}
