import { Outlet, useMatches, useRouter, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, PlainButton, requestHeadingFocus, SkipLink } from '../design-system';
import { NotificationLink } from '../features/notifications';
import { HeaderSearch } from '../features/search';
import { login, logout, useAuth, useMe } from '../lib/auth';
import { changeLanguage, type Language } from '../lib/i18n';
import {
  toActionItems,
  toAgreements,
  toCountyGrants,
  toFollowUp,
  toForums,
  toFunding,
  toMyTasks,
  toAccessibility,
  toNational,
  toOpenData,
  toOrganisations,
  toProfile,
  toStart,
  toSurveys,
} from '../lib/links';
import './Layout.css';

const navItems = [
  { href: toStart(), key: 'start' },
  { href: toAgreements(), key: 'agreements' },
  { href: toForums(), key: 'forums' },
  { href: toActionItems(), key: 'actionItems' },
  { href: toFunding(), key: 'funding' },
  { href: toSurveys(), key: 'surveys' },
  { href: toOrganisations(), key: 'organisations' },
  { href: toFollowUp(), key: 'followUp' },
  { href: toNational(), key: 'national' },
] as const;

/** Only for logged-in members of an organisation: their organisation's follow-up tasks. */
const memberNavItems = [{ href: toMyTasks(), key: 'myTasks' }] as const;

function isCurrent(href: string, pathname: string): boolean {
  if (href.startsWith('/counties/')) return pathname.startsWith('/counties/') && pathname.endsWith('/grants');
  if (href === '/follow-up' && pathname.startsWith('/follow-up/tasks')) return false;
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * Moves focus to the new page's h1 after every client-side change of page (not on the first load, nor when only
 * the query changes, e.g. while filtering a list), so screen readers start at the new page's title.
 */
function useFocusHeadingOnNavigation() {
  const router = useRouter();
  useEffect(
    () =>
      router.subscribe('onRendered', (event) => {
        if (event.fromLocation && event.pathChanged) requestHeadingFocus();
      }),
    [router],
  );
}

function LanguageSwitch() {
  const { t } = useTranslation();
  const target = t('app.language.switchCode') as Language;
  return (
    <PlainButton variant="quiet" onClick={() => void changeLanguage(target)}>
      <span lang={target}>{t('app.language.switch')}</span>
    </PlainButton>
  );
}

function AuthControls() {
  const { t } = useTranslation();
  const auth = useAuth();
  if (!auth.available) return null;
  if (!auth.authenticated) {
    return (
      <PlainButton variant="quiet" onClick={login}>
        {t('app.auth.login')}
      </PlainButton>
    );
  }
  return (
    <>
      <Link href={toProfile()} className="app-user">
        {t('app.auth.loggedInAs', { name: auth.name ?? auth.username ?? '' })}
      </Link>
      <PlainButton variant="quiet" onClick={logout}>
        {t('app.auth.logout')}
      </PlainButton>
    </>
  );
}

/** The frame of every page: skip link, header with name, tools and navigation, main, footer. */
export function Layout() {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const bare = useMatches({ select: (matches) => matches.some((match) => match.staticData.bare) });
  useFocusHeadingOnNavigation();
  const me = useMe();
  const memberItems = me.data?.authenticated && me.data.organisationId ? memberNavItems : [];
  // Coordinators and admins manage grants: their own county's page, or the first they may manage.
  const grantCounties = me.data?.permissions.grantCounties ?? [];
  const grantCounty =
    me.data?.countyCode && grantCounties.includes(me.data.countyCode) ? me.data.countyCode : grantCounties[0];
  const grantItems = grantCounty ? [{ href: toCountyGrants({ code: grantCounty }), key: 'grants' } as const] : [];
  const items = [...navItems, ...memberItems, ...grantItems];

  if (bare) {
    return (
      <div className="app app--bare">
        <SkipLink>{t('app.skipLink')}</SkipLink>
        <main id="main" tabIndex={-1} className="container">
          <Outlet />
        </main>
      </div>
    );
  }

  return (
    <div className="app">
      <SkipLink>{t('app.skipLink')}</SkipLink>
      <header className="app-header">
        <div className="container app-header-top">
          <Link href={toStart()} className="app-name">
            <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <circle cx="12" cy="16" r="7" fill="none" stroke="currentColor" strokeWidth="3" />
              <circle cx="20" cy="16" r="7" fill="none" stroke="currentColor" strokeWidth="3" />
            </svg>
            <span>
              {t('app.name')}
              <span className="app-tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <div className="app-header-tools">
            <HeaderSearch />
            <NotificationLink />
            <LanguageSwitch />
            <AuthControls />
          </div>
        </div>
        <nav className="app-nav" aria-label={t('app.navigation')}>
          <div className="container">
            <ul>
              {items.map((item) => (
                <li key={item.key}>
                  <Link
                    href={item.href}
                    className="app-nav-link"
                    aria-current={isCurrent(item.href, pathname) ? 'page' : undefined}
                  >
                    {t(`app.nav.${item.key}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="container">
        <Outlet />
      </main>
      <footer className="app-footer">
        <div className="container">
          <p>{t('app.footer.about')}</p>
          <p>{t('app.footer.openness')}</p>
          <p>
            <Link href={toOpenData()}>{t('app.footer.openData')}</Link>
          </p>
          <p>
            <Link href={toAccessibility()}>{t('app.footer.accessibility')}</Link>
          </p>
        </div>
      </footer>
    </div>
  );
}
