import { lazy, Suspense } from 'react';
import { useMe } from '../../../lib/auth';
import { PublicStart } from '../components/PublicStart';
import '../styles.css';

// The overview (filters, tables, selects) loads only for a logged-in person, so the public first page stays small.
const Overview = lazy(() => import('../components/Overview').then((m) => ({ default: m.Overview })));

/** The public start page; after login, the person's own overview instead. */
export function StartPage() {
  const me = useMe();
  // The public page does not wait for the login check: it shows until the caller is known to be logged in.
  return me.data?.authenticated ? (
    <Suspense fallback={<PublicStart />}>
      <Overview name={me.data.name ?? me.data.username ?? ''} />
    </Suspense>
  ) : (
    <PublicStart />
  );
}
