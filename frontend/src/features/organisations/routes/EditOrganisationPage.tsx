import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditSessionView, NotPermittedPage, PageNotLoaded, useEditSession } from '../../../components';
import { PageHeading } from '../../../design-system';
import { plainText } from '../../../lib/format';
import { useCounties } from '../../../lib/reference';
import { fetchOrganisation, useOrganisation, type VersionedOrganisation } from '../api/getOrganisation';
import { useUpdateOrganisation } from '../api/updateOrganisation';
import { OrganisationForm, useOrganisationFieldLabel } from '../components/OrganisationForm';
import { formFields, formValuesOf, toOrganisationInput, type FormField } from '../components/formValues';
import { isOrganisationType, type Organisation } from '../types';
import { toOrganisation, toOrganisations } from '../../../lib/links';

const routeApi = getRouteApi('/organisations/$id/edit');

/**
 * The form over the version of the organisation it was opened with (its ETag stays that one even when the query
 * refreshes in the background): a change made meanwhile by someone else is refused (412) and the conflict screen
 * shows what they changed, to re-apply mine onto their version or start again from it.
 */
function EditForm({ versioned }: { versioned: VersionedOrganisation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateOrganisation();
  const labelOf = useOrganisationFieldLabel();
  const counties = useCounties();
  const id = versioned.organisation.id;
  // The latest version read on a conflict, which names what it links to.
  const [latest, setLatest] = useState<Organisation>();
  const session = useEditSession({
    initial: { input: formValuesOf(versioned.organisation), etag: versioned.etag },
    fetchLatest: async () => {
      const read = await fetchOrganisation(id);
      setLatest(read.organisation);
      return { input: formValuesOf(read.organisation), etag: read.etag };
    },
    save: async (values, etag) => {
      await update.mutateAsync({ id, etag, input: toOrganisationInput(values) });
      await navigate({
        to: '/organisations/$id',
        params: { id },
        state: (previous) => ({ ...previous, saved: 'updated' }),
      });
    },
  });
  // The names of the places and parents the versions compared name (mine names the parent I chose).
  const names = new Map<string, string>();
  for (const organisation of [versioned.organisation, latest])
    for (const [code, name] of [
      [organisation?.countyCode, organisation?.countyName],
      [organisation?.municipalityCode, organisation?.municipalityName],
      [organisation?.parentId, organisation?.parentName],
    ])
      if (code && name) names.set(code, name);
  const mine = session.conflict?.mine;
  if (mine?.parentId) names.set(mine.parentId, mine.parentName);
  const describe = (field: FormField, value: unknown): string => {
    if (field === 'type' && isOrganisationType(value)) return t(`organisationType.${value}`);
    if (typeof value === 'string')
      return names.get(value) ?? counties.data?.find((county) => county.code === value)?.name ?? value;
    return plainText(value);
  };
  return (
    <EditSessionView
      session={session}
      fields={formFields}
      labelOf={labelOf}
      describe={describe}
      renderForm={(start) => (
        <OrganisationForm
          {...start}
          organisationId={id}
          submitLabel={t('organisations.form.save')}
          cancelHref={toOrganisation({ id })}
          onSubmit={session.submit}
        />
      )}
    />
  );
}

/** Edit an organisation (admins and the coordinator of its county). */
export function EditOrganisationPage() {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const query = useOrganisation(id);

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

  return (
    <>
      <PageHeading>{t('organisations.form.editTitle', { name: query.data.organisation.name })}</PageHeading>
      <EditForm versioned={query.data} />
    </>
  );
}
