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
