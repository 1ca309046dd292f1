import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../../../components';
import { Link, PageHeading } from '../../../design-system';
import { useCreateAgreement } from '../api/createAgreement';
import { AgreementForm, initialScopeValues, type CreationScope } from '../components/AgreementForm';
import { emptyAgreementValues, toAgreementInput } from '../components/agreementFormValues';
import { toAgreements } from '../../../lib/links';
import '../styles.css';

function scopeOf(permissions: { agreementCounties: string[]; localAgreementMunicipalities: string[] }): CreationScope {
  return { counties: permissions.agreementCounties, localMunicipalities: permissions.localAgreementMunicipalities };
}

/** Create an agreement as a draft (admins; coordinators in their county, which is chosen beforehand; LÖK authors and federations' coordinators a LÖK where their grant holds). */
export function NewAgreementPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAgreement();

  return (
    <RequirePermission allowed={(me) => me.permissions.createAgreement}>
      {(me) => (
        <>
          <Link href={toAgreements()} className="ds-link back-link">
            <span aria-hidden="true">← </span>
            {t('agreements.detail.backToList')}
          </Link>
          <PageHeading>{t('agreements.form.newTitle')}</PageHeading>
          <p>{t('agreements.form.newIntro')}</p>
          <AgreementForm
            scope={scopeOf(me.permissions)}
            initialInput={toAgreementInput({
              ...emptyAgreementValues(null),
              ...initialScopeValues(scopeOf(me.permissions), me.countyCode ?? null),
            })}
            submitLabel={t('agreements.form.create')}
            cancelHref={toAgreements()}
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
