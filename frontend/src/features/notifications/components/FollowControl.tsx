import '../styles.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Form, TextField } from '../../../design-system';
import { ApiError } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';
import type { FollowProps } from '../../../lib/slots/follow';
import { useFollow } from '../api/follow';
import { useFollows } from '../api/getFollows';
import { useSubscribeToMinutes } from '../api/subscribeToMinutes';
import { useUnfollow } from '../api/unfollow';

/**
 * Follow or stop following what the page shows; the public may ask for a forum's published minutes by e-mail (a
 * confirmation link is sent first) or read them as an Atom feed.
 */
export function FollowControl({ subjectType, subjectId, name }: FollowProps) {
  const auth = useAuth();
  if (auth.authenticated) return <FollowButton subjectType={subjectType} subjectId={subjectId} name={name} />;
  return subjectType === 'FORUM' ? <MinutesByMail forumId={subjectId} name={name} /> : null;
}

function FollowButton({ subjectType, subjectId, name }: FollowProps) {
  const { t } = useTranslation();
  const follows = useFollows(true);
  const follow = useFollow();
  const unfollow = useUnfollow();
  const following = (follows.data ?? []).some((f) => f.subjectType === subjectType && f.subjectId === subjectId);
  const pending = follow.isPending || unfollow.isPending;
  const failed = follow.isError || unfollow.isError;
  return (
    <div className="notifications-follow">
      <Button
        isDisabled={!follows.isSuccess || pending}
        aria-pressed={following}
        aria-label={
          following ? t('notifications.follow.stopNamed', { name }) : t('notifications.follow.startNamed', { name })
        }
        onPress={() => {
          if (following) unfollow.mutate({ subjectType, subjectId });
          else follow.mutate({ subjectType, subjectId });
        }}
      >
        {following ? t('notifications.follow.stop') : t('notifications.follow.start')}
      </Button>
      <p className="notifications-follow-hint" role="status">
        {following ? t('notifications.follow.following') : ''}
      </p>
      {failed && <Alert tone="error" title={t('notifications.follow.failed')} />}
    </div>
  );
}

function MinutesByMail({ forumId, name }: { forumId: string; name: string }) {
  const { t, i18n } = useTranslation();
  const subscribe = useSubscribeToMinutes();
  const [email, setEmail] = useState('');
  return (
    <section className="notifications-follow" aria-labelledby={`minutes-by-mail-${forumId}`}>
      <h2 id={`minutes-by-mail-${forumId}`}>{t('notifications.follow.publicTitle')}</h2>
      <p>{t('notifications.follow.publicIntro', { name })}</p>
      {subscribe.isSuccess ? (
        <Alert tone="success" title={t('notifications.follow.publicSent', { email })} />
      ) : (
        <Form
          validationErrors={subscribe.error instanceof ApiError ? subscribe.error.fieldErrors : undefined}
          onSubmit={(event) => {
            event.preventDefault();
            subscribe.mutate({ forumId, email, locale: i18n.language === 'en' ? 'en' : 'sv' });
          }}
        >
          <TextField
            label={t('notifications.follow.email')}
            name="email"
            type="email"
            autoComplete="email"
            isRequired
            value={email}
            onChange={setEmail}
          />
          <Button type="submit" isDisabled={subscribe.isPending}>
            {t('notifications.follow.publicSubmit')}
          </Button>
          {subscribe.isError && <Alert tone="error" title={t('notifications.follow.publicFailed')} />}
        </Form>
      )}
      <p>
        <a className="ds-link" href={`/api/v1/forums/${forumId}/minutes.atom`}>
          {t('notifications.follow.feed', { name })}
        </a>
      </p>
    </section>
  );
}
