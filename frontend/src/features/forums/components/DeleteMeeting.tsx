import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components';
import { useDeleteMeeting } from '../api/deleteMeeting';
import type { Meeting } from '../types';

/** Deletes a meeting planned by mistake (asks first), then shows the forum saying so; a refusal goes to the page. */
export function DeleteMeeting({
  meeting,
  etag,
  name,
  onError,
}: {
  meeting: Meeting;
  etag: string;
  name: string;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteMeeting();
  return (
    <ConfirmAction
      label={t('forums.corrections.deleteMeeting')}
      title={t('forums.corrections.deleteMeetingTitle', { name })}
      confirmLabel={t('forums.corrections.remove')}
      action={() => remove.mutateAsync({ id: meeting.id, etag })}
      onDone={({ error }) => {
        if (error) onError(error);
        else
          void navigate({
            to: '/forums/$id',
            params: { id: meeting.forum.id },
            state: { notice: { key: 'forums.corrections.meetingDeleted', values: { name } } },
          });
      }}
    >
      <p>{t('forums.corrections.deleteMeetingText')}</p>
    </ConfirmAction>
  );
}
