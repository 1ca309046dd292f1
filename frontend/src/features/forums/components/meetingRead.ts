import type { AgendaItem, Decision, Meeting, MinutesItem } from '../types';

/** What the meeting's page reads: the meeting with its agenda, and the minutes per point when they may be read. */
export type MeetingRead = { meeting: Meeting; minutes?: MinutesItem[] };

/** Reads the meeting (and its minutes) again: the latest versions of its points and decisions after a 412. */
export type ReadMeetingAgain = () => Promise<MeetingRead>;

/** A point of the agenda as read, with its minutes (from the minutes, when they may be read). */
export type PointRead = { item: AgendaItem; minutes?: string };

/** A point of a meeting read again; gone meanwhile, it is an error the form shows. */
export function pointIn(read: MeetingRead, itemId: string): PointRead {
  const item = read.meeting.agenda.find((point) => point.id === itemId);
  if (!item) throw new Error(`The agenda item ${itemId} is no longer on the agenda`);
  return { item, minutes: read.minutes?.find((entry) => entry.agendaItemId === itemId)?.minutes };
}

/** A decision of a meeting read again; gone meanwhile, it is an error the form shows. */
export function decisionIn(read: MeetingRead, decisionId: string): Decision {
  const decision = read.minutes?.flatMap((entry) => entry.decisions).find((candidate) => candidate.id === decisionId);
  if (!decision) throw new Error(`The decision ${decisionId} is no longer in the minutes`);
  return decision;
}
