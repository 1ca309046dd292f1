import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ConfirmDialog } from '../../../design-system';
import { usePublishMinutes } from '../api/publishMinutes';
import { useForumErrorText } from './ruleMessages';

/** Publishes the minutes after a confirmation: they are public and final afterwards. */
export function PublishMinutes({ meetingId, etag }: { meetingId: string; etag: string }) {
  const { t } = useTranslation();
  const publish = usePublishMinutes();
  const describe = useForumErrorText();
  const [open, setOpen] = useState(false);
  const error = publish.error ? describe(publish.error) : undefined;
  return (
    <>
      {error && (
        <Alert tone="error" title={error.title} focusOnMount>
          <p>{error.text}</p>
        </Alert>
      )}
      <Button variant="primary" onPress={() => setOpen(true)}>
        {t('forums.minutes.publish')}
      </Button>
      <ConfirmDialog
        isOpen={open}
        onOpenChange={setOpen}
        title={t('forums.minutes.publishConfirmTitle')}
        confirmLabel={t('forums.minutes.publishConfirm')}
        cancelLabel={t('common.form.cancel')}
        isPending={publish.isPending}
        pendingLabel={t('common.form.saving')}
        onConfirm={() => publish.mutate({ meetingId, etag }, { onSettled: () => setOpen(false) })}
      >
        <p>{t('forums.minutes.publishConfirmText')}</p>
      </ConfirmDialog>
    </>
  );
}
