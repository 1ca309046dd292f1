import { useTranslation } from 'react-i18next';
import { Button, Link, PageHeading } from '../design-system';
import { login, useAuth } from '../lib/auth';
import { toStart } from '../lib/links';

/** Shown when the visitor may not do what the page is for; offers login to anonymous visitors. */
export function NotPermittedPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <>
      <PageHeading>{t('notPermitted.title')}</PageHeading>
      {auth.authenticated ? (
        <p>{t('notPermitted.text')}</p>
      ) : (
        <>
          <p>{t('notPermitted.loginText')}</p>
          {auth.available && (
            <p>
              <Button variant="primary" onPress={login}>
                {t('app.auth.login')}
              </Button>
            </p>
          )}
        </>
      )}
      <p>
        <Link href={toStart()}>{t('common.toStart')}</Link>
      </p>
    </>
  );
}
