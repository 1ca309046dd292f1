import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading, Spinner } from '../../../design-system';
import { useMe } from '../../../lib/auth';
import { MyTaskList } from '../components/MyTaskList';
import type { TaskQuery } from '../api/getMyTasks';
import '../styles.css';

const routeApi = getRouteApi('/follow-up/tasks');

/** "Mina uppgifter": the organisation's tasks with the filters in the address. */
export function MyTasksPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const isMember = !!me.data?.authenticated && !!me.data.organisationId;
  return (
    <>
      <PageHeading>{t('overview.myTasks')}</PageHeading>
      <p className="lead">{t('overview.myTasksIntro')}</p>
      {me.isPending ? (
        <Spinner label={t('app.loading')} />
      ) : !isMember ? (
        <p>{t('overview.notMember')}</p>
      ) : (
        <MyTaskList
          query={search}
          onQueryChange={(query: TaskQuery) => void navigate({ search: query, replace: true })}
        />
      )}
    </>
  );
}
