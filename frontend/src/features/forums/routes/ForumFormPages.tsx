import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components';
import { NotPermittedPage } from '../../../components';
import { Link, PageHeading, Spinner } from '../../../design-system';
import { useMe } from '../../../lib/auth';
import { useCreateForum } from '../api/createForum';
import { useForum } from '../api/getForum';
import { useForumStructure } from '../api/getForumStructure';
import { useUpdateForum } from '../api/updateForum';
import { ForumForm, valuesOf } from '../components/ForumForm';
import { toForum, toForums } from '../../../lib/links';
import '../styles.css';

const newRouteApi = getRouteApi('/forums/new');
const editRouteApi = getRouteApi('/forums/$id/edit');

/** A new forum of the county in the address (`?county=19`), for those who may create forums there. */
export function NewForumPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  // Without a county in the address: the first county the person has a scope in.
  const { county = me.data?.permissions.scopeCounties[0] ?? '19' } = newRouteApi.useSearch();
  const structure = useForumStructure(county, !me.isPending);
  const create = useCreateForum();

  if (structure.isPending) return <Spinner label={t('forums.structure.loading')} />;
  if (structure.isError) {
    return (
      <>
        <PageHeading>{t('common.errorTitle')}</PageHeading>
        <QueryError error={structure.error} onRetry={() => void structure.refetch()} />
      </>
    );
  }
  if (!structure.data.canCreateForum) return <NotPermittedPage />;
  return (
    <>
      <Link href={toForums({ county: county })} className="ds-link back-link">
        <span aria-hidden="true">← </span>
        {t('forums.detail.backToStructure')}
      </Link>
      <PageHeading>{t('forums.form.newTitle', { county: structure.data.countyName })}</PageHeading>
      <ForumForm
        initial={valuesOf(undefined, county)}
        submitLabel={t('forums.form.create')}
        cancelHref={toForums({ county: county })}
        onSubmit={async (input) => {
          const forum = await create.mutateAsync(input);
          await navigate({
            to: '/forums/$id',
            params: { id: forum.id },
            state: { notice: { key: 'forums.form.created' } },
          });
        }}
      />
    </>
  );
}

/** A forum's own fields, saved with the ETag that was read; a 412 offers the latest version. */
export function EditForumPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = editRouteApi.useParams();
  const query = useForum(id);
  const update = useUpdateForum();
  // A new form (with the latest values) after a reload.
  const [round, setRound] = useState(0);

  if (query.isPending) return <Spinner label={t('forums.detail.loading')} />;
  if (query.isError) {
    return (
      <>
        <PageHeading>{t('common.errorTitle')}</PageHeading>
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const { forum, etag } = query.data;
  if (!forum.permissions.edit) return <NotPermittedPage />;
  return (
    <>
      <Link href={toForum({ id: forum.id })} className="ds-link back-link">
        <span aria-hidden="true">← </span>
        {forum.name}
      </Link>
      <PageHeading>{t('forums.form.editTitle', { name: forum.name })}</PageHeading>
      <ForumForm
        key={`${round}-${etag}`}
        forumId={forum.id}
        initial={valuesOf(forum, forum.countyCode ?? '')}
        submitLabel={t('forums.form.save')}
        cancelHref={toForum({ id: forum.id })}
        onReload={() => void query.refetch().then(() => setRound((count) => count + 1))}
        onSubmit={async (input) => {
          await update.mutateAsync({ id: forum.id, etag, input });
          await navigate({
            to: '/forums/$id',
            params: { id: forum.id },
            state: { notice: { key: 'forums.form.saved' } },
          });
        }}
      />
    </>
  );
}
