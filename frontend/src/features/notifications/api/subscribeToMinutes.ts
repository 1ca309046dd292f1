import { api, useApiMutation } from '../../../lib/api';

/** Asks for a forum's published minutes by e-mail; a confirmation link is sent first (`POST /api/v1/forums/{forumId}/subscriptions`). */
export function useSubscribeToMinutes() {
  return useApiMutation(({ forumId, email, locale }: { forumId: string; email: string; locale: string }) =>
    api.POST('/api/v1/forums/{forumId}/subscriptions', {
      params: { path: { forumId } },
      body: { email, locale },
    }),
  );
}
