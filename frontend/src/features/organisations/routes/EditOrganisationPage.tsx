import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotPermittedPage, PageNotLoaded } from '../../../components';
import { PageHeading } from '../../../design-system';
import { useOrganisation, type VersionedOrganisation } from '../api/getOrganisation';
import { useUpdateOrganisation } from '../api/updateOrganisation';
import { OrganisationForm } from '../components/OrganisationForm';
import { formValuesOf } from '../components/formValues';
import { toOrganisation, toOrganisations } from '../../../lib/links';

const routeApi = getRouteApi('/organisations/$id/edit');

/**
 * The form over one snapshot of the organisation: its values and its ETag stay those it was opened with, even
 * when the query refreshes in the background, so that a change made meanwhile by someone else is refused (412).
 */
function EditForm({
  versioned,
  notice,
  onReload,
}: {
  versioned: VersionedOrganisation;
  notice?: string;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateOrganisation();
  const [{ organisation, etag }] = useState(versioned);
  return (
    <OrganisationForm
      initialValues={formValuesOf(organisation)}
      organisationId={organisation.id}
      submitLabel={t('organisations.form.save')}
      cancelHref={toOrganisation({ id: organisation.id })}
      notice={notice}
      onReload={onReload}
      onSubmit={async (input) => {
        await update.mutateAsync({ id: organisation.id, etag, input });
        await navigate({
          to: '/organisations/$id',
          params: { id: organisation.id },
          state: (previous) => ({ ...previous, saved: 'updated' }),
        });
      }}
    />
  );
}

/** Edit an organisation (admins and the coordinator of its county). */
export function EditOrganisationPage() {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const query = useOrganisation(id);
  const [reloads, setReloads] = useState(0);

  if (!query.isSuccess)
    return (
      <PageNotLoaded
        query={query}
        loadingLabel={t('organisations.form.loading')}
        notFoundTitle={t('organisations.detail.notFoundTitle')}
        notFoundText={t('organisations.detail.notFoundText')}
        back={{ href: toOrganisations(), label: t('organisations.detail.backToList') }}
      />
    );
  if (!query.data.organisation.permissions.update) return <NotPermittedPage />;

  const reload = async () => {
    const result = await query.refetch();
    if (result.data) setReloads((count) => count + 1);
  };

  return (
    <>
      <PageHeading>{t('organisations.form.editTitle', { name: query.data.organisation.name })}</PageHeading>
      <EditForm
        key={reloads}
        versioned={query.data}
        notice={reloads > 0 ? t('organisations.form.reloaded') : undefined}
        onReload={() => void reload()}
      />
    </>
  );
}
