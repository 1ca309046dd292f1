import type { Schemas } from '../../lib/api';

export type MyTasks = Schemas['MyTasks'];
export type Task = Schemas['Task'];
export type TaskKind = Task['kind'];
export type TaskState = Task['state'];

/** The kinds in the order the filters list them: a member's tasks first, then a coordinator's waiting lists. */
export const memberKinds = [
  'ASSESSMENT',
  'ACTION_ITEM',
  'CONTRIBUTION',
  'SURVEY_ANSWER',
  'FUNDING_APPLICATION',
  'FUNDING_ACCOUNT',
  'PLAN_ACTIVITY',
] as const satisfies readonly TaskKind[];
export const coordinatorKinds = [
  'REVIEW_ASSESSMENT',
  'ROUND_MISSING',
  'CONTRIBUTION_OVERDUE',
  'ACTION_ITEM_OVERDUE',
  'MEETING_UPCOMING',
  'MINUTES_UNPUBLISHED',
] as const satisfies readonly TaskKind[];
export const taskKinds: readonly TaskKind[] = [...memberKinds, ...coordinatorKinds];
export const taskStates = ['OPEN', 'DONE'] as const satisfies readonly TaskState[];

/** The states of the records behind the tasks that the list names (besides open/done). */
export const recordStatuses = [
  'NOT_STARTED',
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'ACCEPTED',
  'RECORDED',
  'IN_PROGRESS',
  'CANCELLED',
  'COMPILED',
  'PUBLISHED',
  'UNPUBLISHED',
  'IN_REVIEW',
  'GRANTED',
  'REJECTED',
  'DUE',
  'FILED',
  'APPROVED',
  'PLANNED',
  'ONGOING',
  'DONE',
] as const;
export type RecordStatus = (typeof recordStatuses)[number];
export const isRecordStatus = (status: string): status is RecordStatus =>
  (recordStatuses as readonly string[]).includes(status);
