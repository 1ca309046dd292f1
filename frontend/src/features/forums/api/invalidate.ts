import type { QueryKey } from '@tanstack/react-query';
import { actionItemKeys, forumKeys, meetingKeys } from './queryKeys';

/** After a change at a meeting: the meeting, its minutes, the forum's meeting list and the action items are stale. */
export function meetingChanged(meetingId: string): QueryKey[] {
  return [meetingKeys.one(meetingId), forumKeys.all, actionItemKeys.all];
}

/** After a change to an action item: the items (board and pages), the follow-up of the forums' meetings and the forums. */
export function actionItemsChanged(): QueryKey[] {
  return [actionItemKeys.all, ...actionItemsElsewhere()];
}

/** What an action item's change makes stale besides the items themselves: the meetings' follow-up and the forums. */
export function actionItemsElsewhere(): QueryKey[] {
  return [meetingKeys.all, forumKeys.all];
}
