import { useQueryClient } from '@tanstack/react-query';
import { actionItemKeys, forumKeys, meetingKeys } from './queryKeys';

/** After a change at a meeting: the meeting, its minutes, the forum's meeting list and the action items are stale. */
export function useInvalidateMeeting() {
  const queryClient = useQueryClient();
  return async (meetingId: string) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: meetingKeys.one(meetingId) }),
      queryClient.invalidateQueries({ queryKey: forumKeys.all }),
      queryClient.invalidateQueries({ queryKey: actionItemKeys.all }),
    ]);
  };
}

/**
 * After a change to an action item: the items (board and pages), the follow-up of the forums' meetings and the
 * forums are stale. `refetchItems: false` only marks the items stale, for a change whose answer is already stored.
 */
export function useInvalidateActionItems() {
  const queryClient = useQueryClient();
  return async ({ refetchItems = true }: { refetchItems?: boolean } = {}) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: actionItemKeys.all, refetchType: refetchItems ? 'active' : 'none' }),
      queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
      queryClient.invalidateQueries({ queryKey: forumKeys.all }),
    ]);
  };
}
