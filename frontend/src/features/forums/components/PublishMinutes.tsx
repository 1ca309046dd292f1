import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ConfirmDialog } from '../../../design-system';
import { usePublishMinutes } from '../api/publishMinutes';
import type { Meeting } from '../types';
import { useForumErrorText } from './ruleMessages';

/**
 * Publishing the minutes: after a confirmation (they are public and final afterwards), with a warning when no
 * attendee is recorded. While it cannot be done yet, the section says why instead of leaving the button out.
 */
export function PublishMinutes({
  meeting,
  etag,
  attendeeCount,
}: {
  meeting: Meeting;
  etag: string;
  /** The recorded attendees; undefined while they are not known. */
  attendeeCount?: number;
}) {
  const { t } = useTranslation();
  const publish = usePublishMinutes();
  const describe = useForumErrorText();
  const [open, setOpen] = useState(false);
  const { permissions } = meeting;
  if (meeting.minutesPublished || !(permissions.publishMinutes || permissions.edit)) return null;
  const error = publish.error ? describe(publish.error) : undefined;
  const reason = permissions.publishMinutes
    ? null
    : permissions.handOutActionItems
      ? t('forums.minutes.notYetBegun')
      : t('forums.minutes.onlyManagers');
  return (
    <section aria-labelledby="publish-minutes-heading">
      <h2 id="publish-minutes-heading">{t('forums.minutes.publishHeading')}</h2>
      {error && (
        <Alert tone="error" title={error.title} focusOnMount>
          <p>{error.text}</p>
        </Alert>
      )}
      {reason ? (
        <p className="muted">{reason}</p>
      ) : (
        <>
          {attendeeCount === 0 && <p>{t('forums.minutes.noAttendeesHint')}</p>}
          <Button variant="primary" onPress={() => setOpen(true)}>
            {t('forums.minutes.publish')}
          </Button>
        </>
      )}
      <ConfirmDialog
        isOpen={open}
        onOpenChange={setOpen}
        title={t('forums.minutes.publishConfirmTitle')}
        confirmLabel={t('forums.minutes.publishConfirm')}
        cancelLabel={t('common.form.cancel')}
        isPending={publish.isPending}
        pendingLabel={t('common.form.saving')}
        onConfirm={() => publish.mutate({ meetingId: meeting.id, etag }, { onSettled: () => setOpen(false) })}
      >
        {attendeeCount === 0 && (
          <Alert tone="warning" title={t('forums.minutes.noAttendeesTitle')}>
            <p>{t('forums.minutes.noAttendeesText')}</p>
          </Alert>
        )}
        <p>{t('forums.minutes.publishConfirmText')}</p>
      </ConfirmDialog>
    </section>
  );
}
