import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../app/components/QueryError';
import { NotPermittedPage } from '../../../app/pages/NotPermittedPage';
import { Link, PageHeading, Spinner } from '../../../design-system';
import { useMe } from '../../../lib/auth';
import { useCreateAgreement } from '../api/createAgreement';
import { AgreementForm } from '../components/AgreementForm';
import { emptyAgreementValues, toAgreementInput } from '../components/agreementFormValues';

/** Create an agreement as a draft (admins; coordinators in their county, which is chosen beforehand). */
export function NewAgreementPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const create = useCreateAgreement();

  if (me.isPending) return <Spinner label={t('app.loading')} />;
  if (me.isError) {
    return (
      <>
        <PageHeading>{t('common.errorTitle')}</PageHeading>
        <QueryError error={me.error} onRetry={() => void me.refetch()} />
      </>
    );
  }
  if (!me.data.permissions.createAgreement) return <NotPermittedPage />;

  return (
    <>
      <Link href="/agreements" className="ds-link back-link">
        <span aria-hidden="true">← </span>
        {t('agreements.detail.backToList')}
      </Link>
      <PageHeading>{t('agreements.form.newTitle')}</PageHeading>
      <p>{t('agreements.form.newIntro')}</p>
      <AgreementForm
        initialInput={toAgreementInput(emptyAgreementValues(me.data.countyCode ?? null))}
        submitLabel={t('agreements.form.create')}
        cancelHref="/agreements"
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
  );
}
