import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../app/components/QueryError';
import { NotPermittedPage } from '../../../app/pages/NotPermittedPage';
import { PageHeading, Spinner } from '../../../design-system';
import { useMe } from '../../../lib/auth';
import { useCreateOrganisation } from '../api/createOrganisation';
import { OrganisationForm } from '../components/OrganisationForm';
import { emptyFormValues } from '../components/formValues';

/** Register a new organisation (admins; coordinators in their county, which is chosen beforehand). */
export function NewOrganisationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const create = useCreateOrganisation();

  if (me.isPending) return <Spinner label={t('app.loading')} />;
  if (me.isError) {
    return (
      <>
        <PageHeading>{t('common.errorTitle')}</PageHeading>
        <QueryError error={me.error} onRetry={() => void me.refetch()} />
      </>
    );
  }
  if (!me.data.permissions.createOrganisation) return <NotPermittedPage />;

  return (
    <>
      <PageHeading>{t('organisations.form.newTitle')}</PageHeading>
      <OrganisationForm
        initialValues={emptyFormValues(me.data.countyCode ?? null)}
        submitLabel={t('organisations.form.create')}
        cancelHref="/organisations"
        onSubmit={async (input) => {
          const { organisation } = await create.mutateAsync(input);
          await navigate({
            to: '/organisations/$id',
            params: { id: organisation.id },
            state: (previous) => ({ ...previous, saved: 'created' }),
          });
        }}
      />
    </>
  );
}
