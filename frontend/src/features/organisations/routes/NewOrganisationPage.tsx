import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../../../components';
import { PageHeading } from '../../../design-system';
import { useCreateOrganisation } from '../api/createOrganisation';
import { OrganisationForm } from '../components/OrganisationForm';
import { emptyFormValues, toOrganisationInput } from '../components/formValues';
import { toOrganisations } from '../../../lib/links';

/** Register a new organisation (admins; coordinators in their county, which is chosen beforehand). */
export function NewOrganisationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOrganisation();

  return (
    <RequirePermission allowed={(me) => me.permissions.createOrganisation}>
      {(me) => (
        <>
          <PageHeading>{t('organisations.form.newTitle')}</PageHeading>
          <OrganisationForm
            initialInput={emptyFormValues(
              // The coordinator's county; by grants, the county when there is only one to choose.
              me.countyCode ??
                (me.permissions.agreementCounties.length === 1 ? me.permissions.agreementCounties[0] : null),
            )}
            submitLabel={t('organisations.form.create')}
            cancelHref={toOrganisations()}
            onSubmit={async (values) => {
              const { organisation } = await create.mutateAsync(toOrganisationInput(values));
              await navigate({
                to: '/organisations/$id',
                params: { id: organisation.id },
                state: (previous) => ({ ...previous, saved: 'created' }),
              });
            }}
          />
        </>
      )}
    </RequirePermission>
  );
}
