import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loaded, RequirePermission } from '../../../components';
import { BackLink, PageHeading } from '../../../design-system';
import { useAgreement } from '../api/getAgreement';
import { useCreateAgreement } from '../api/createAgreement';
import { AgreementForm, initialScopeValues, type CreationScope } from '../components/AgreementForm';
import { emptyAgreementValues, localUnder, toAgreementInput } from '../components/agreementFormValues';
import { referenceLabel } from '../components/format';
import type { Agreement } from '../types';
import { toAgreement, toAgreements } from '../../../lib/links';
import '../styles.css';

const routeApi = getRouteApi('/agreements/new');

function scopeOf(permissions: { agreementCounties: string[]; localAgreementMunicipalities: string[] }): CreationScope {
  return { counties: permissions.agreementCounties, localMunicipalities: permissions.localAgreementMunicipalities };
}

function NewAgreementForm({ parent }: { parent?: Agreement }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAgreement();
  return (
    <RequirePermission allowed={(me) => me.permissions.createAgreement}>
      {(me) => (
        <>
          <BackLink href={parent ? toAgreement({ id: parent.id }) : toAgreements()}>
            {parent ? t('agreements.detail.backTo', { title: parent.title }) : t('agreements.detail.backToList')}
          </BackLink>
          <PageHeading>{parent ? t('agreements.form.newLocalTitle') : t('agreements.form.newTitle')}</PageHeading>
          <p>
            {parent
              ? t('agreements.form.newLocalIntro', { parent: referenceLabel(parent) })
              : t('agreements.form.newIntro')}
          </p>
          <AgreementForm
            scope={scopeOf(me.permissions)}
            initialInput={toAgreementInput({
              ...emptyAgreementValues(null),
              ...initialScopeValues(scopeOf(me.permissions), me.countyCode ?? null),
              ...(parent ? localUnder(parent) : {}),
            })}
            knownReferences={parent ? [parent] : undefined}
            submitLabel={t('agreements.form.create')}
            cancelHref={parent ? toAgreement({ id: parent.id }) : toAgreements()}
            onSubmit={async (input) => {
              const { agreement } = await create.mutateAsync(input);
              await navigate({
                to: '/agreements/$id',
                params: { id: agreement.id },
                state: (previous) => ({ ...previous, notice: { key: 'agreements.notice.created' } }),
              });
            }}
          />
        </>
      )}
    </RequirePermission>
  );
}

/**
 * Create an agreement as a draft (admins; coordinators in their county, which is chosen beforehand; LÖK authors and
 * federations' coordinators a LÖK where their grant holds). From an adopted RÖK ("new LÖK", `?under=`), a LÖK under
 * it starts with its county, its period and it as the parent.
 */
export function NewAgreementPage() {
  const { under } = routeApi.useSearch();
  const parent = useAgreement(under ?? '', { enabled: Boolean(under) });
  if (!under) return <NewAgreementForm />;
  return <Loaded query={parent}>{({ agreement }) => <NewAgreementForm parent={agreement} />}</Loaded>;
}
