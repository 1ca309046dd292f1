import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loaded } from '../../../components';
import { Link, PageHeading } from '../../../design-system';
import { toMyTasks } from '../../../lib/links';
import { useMyTasks, type TaskQuery } from '../api/getMyTasks';
import { CoordinatorOverview } from './CoordinatorOverview';
import { MyTaskList } from './MyTaskList';

/** A coordinator's waiting lists and a member's tasks, whichever apply (both for a coordinator who is a member). */
export function Overview({ name }: { name: string }) {
  const { t } = useTranslation();
  const all = useMyTasks({}, true);
  const [query, setQuery] = useState<TaskQuery>({});
  return (
    <>
      <PageHeading>{t('overview.title')}</PageHeading>
      <p className="lead">{t('overview.greeting', { name })}</p>
      <Loaded query={all}>
        {(data) => (
          <>
            {data.coordinator && (
              <section aria-labelledby="waiting">
                <h2 id="waiting">{t('overview.waitingTitle')}</h2>
                <CoordinatorOverview tasks={data.tasks} />
              </section>
            )}
            {data.member && (
              <section aria-labelledby="my-tasks">
                <h2 id="my-tasks">{t('overview.myTasks')}</h2>
                <MyTaskList query={query} onQueryChange={setQuery} />
                <p>
                  <Link href={toMyTasks()}>{t('overview.toMyTasks')}</Link>
                </p>
              </section>
            )}
            {!data.coordinator && !data.member && <p>{t('overview.nothing')}</p>}
            {data.truncated && <p>{t('overview.truncated')}</p>}
          </>
        )}
      </Loaded>
    </>
  );
}
