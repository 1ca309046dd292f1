import { lazy, Suspense } from 'react';
import type { FollowProps } from '../../../lib/slots/follow';

const FollowControl = lazy(() => import('./FollowControl').then((module) => ({ default: module.FollowControl })));

/** The follow control for the app's slot, loaded with the first page that shows one (not with the first page). */
export function LazyFollowControl(props: FollowProps) {
  return (
    <Suspense fallback={null}>
      <FollowControl {...props} />
    </Suspense>
  );
}
