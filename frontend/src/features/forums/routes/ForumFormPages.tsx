import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NotPermittedPage, QueryError, refetched, VersionedEdit } from '../../../components';
import { Link, PageHeading, Spinner } from '../../../design-system';
import { useMe } from '../../../lib/auth';
import { useCreateForum } from '../api/createForum';
import { useForum, type VersionedForum } from '../api/getForum';
import { useForumStructure } from '../api/getForumStructure';
import { useUpdateForum } from '../api/updateForum';
import {
  ForumForm,
  forumConflictFields,
  toForumInput,
  useDescribeForumValue,
  useForumFieldLabel,
  valuesOf,
} from '../components/ForumForm';
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
        initialInput={valuesOf(undefined, county)}
        submitLabel={t('forums.form.create')}
        cancelHref={toForums({ county: county })}
        onSubmit={async (values) => {
          const forum = await create.mutateAsync(toForumInput(values));
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

/**
 * A forum's own fields over the version they were opened with: when someone else saved meanwhile (412), the
 * conflict screen shows what they changed, to re-apply mine onto their version or start again from it.
 */
function EditForumForm({ versioned, refetch }: { versioned: VersionedForum; refetch: () => Promise<VersionedForum> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateForum();
  const labelOf = useForumFieldLabel();
  const { forum } = versioned;
  const countyCode = forum.countyCode ?? '';
  const describe = useDescribeForumValue(countyCode);
  return (
    <VersionedEdit
      read={versioned}
      readAgain={refetch}
      snapshotOf={(latest: VersionedForum) => ({ input: valuesOf(latest.forum, countyCode), etag: latest.etag })}
      save={async (values, etag) => {
        await update.mutateAsync({ id: forum.id, etag, input: toForumInput(values) });
        await navigate({
          to: '/forums/$id',
          params: { id: forum.id },
          state: { notice: { key: 'forums.form.saved' } },
        });
      }}
      fields={forumConflictFields}
      labelOf={labelOf}
      describe={describe}
      renderForm={(start, session) => (
        <ForumForm
          {...start}
          forumId={forum.id}
          submitLabel={t('forums.form.save')}
          cancelHref={toForum({ id: forum.id })}
          onSubmit={session.submit}
        />
      )}
    />
  );
}

/** A forum's own fields, for those who may edit the forum. */
export function EditForumPage() {
  const { t } = useTranslation();
  const { id } = editRouteApi.useParams();
  const query = useForum(id);

  if (query.isPending) return <Spinner label={t('forums.detail.loading')} />;
  if (query.isError) {
    return (
      <>
        <PageHeading>{t('common.errorTitle')}</PageHeading>
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const { forum } = query.data;
  if (!forum.permissions.edit) return <NotPermittedPage />;
  return (
    <>
      <Link href={toForum({ id: forum.id })} className="ds-link back-link">
        <span aria-hidden="true">← </span>
        {forum.name}
      </Link>
      <PageHeading>{t('forums.form.editTitle', { name: forum.name })}</PageHeading>
      <EditForumForm versioned={query.data} refetch={() => refetched(query)} />
    </>
  );
}
