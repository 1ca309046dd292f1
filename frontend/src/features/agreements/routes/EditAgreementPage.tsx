import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotPermittedPage } from '../../../components';
import { Alert, Link, PageHeading } from '../../../design-system';
import { fetchAgreement, type VersionedAgreement } from '../api/getAgreement';
import { useUpdateAgreement } from '../api/updateAgreement';
import { AgreementForm, useAgreementFieldLabel } from '../components/AgreementForm';
import { agreementFields, agreementInputOf } from '../components/agreementFormValues';
import { EditSessionView } from '../../../components';
import { useDescribeAgreementValue } from '../components/describeAgreementValue';
import { useEditSession } from '../../../components';
import { BackToAgreement, WithAgreement } from '../components/WithAgreement';
import type { AgreementReference } from '../types';
import { useMe } from '../../../lib/auth';
import { toAgreement } from '../../../lib/links';
import '../styles.css';

const routeApi = getRouteApi('/agreements/$id/edit');

function EditAgreement({ versioned }: { versioned: VersionedAgreement }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateAgreement();
  const labelOf = useAgreementFieldLabel();
  const me = useMe();
  const { agreement } = versioned;
  // The agreements the stored versions link to, so the conflict screen can name them.
  const [references, setReferences] = useState<(AgreementReference | undefined)[]>([
    agreement.parent,
    agreement.supersedes,
  ]);
  const session = useEditSession({
    initial: { input: agreementInputOf(agreement), etag: versioned.etag },
    fetchLatest: async () => {
      const latest = await fetchAgreement(agreement.id);
      setReferences((known) => [...known, latest.agreement.parent, latest.agreement.supersedes]);
      return { input: agreementInputOf(latest.agreement), etag: latest.etag };
    },
    save: async (input, etag) => {
      await update.mutateAsync({ id: agreement.id, etag, input });
      await navigate({
        to: '/agreements/$id',
        params: { id: agreement.id },
        state: (previous) => ({ ...previous, notice: { key: 'agreements.notice.updated' } }),
      });
    },
  });
  const describe = useDescribeAgreementValue(session.conflict?.latest.input ?? session.base.input, references);

  return (
    <EditSessionView
      session={session}
      fields={agreementFields}
      labelOf={labelOf}
      describe={describe}
      renderForm={(start) => (
        <AgreementForm
          {...start}
          agreementId={agreement.id}
          knownReferences={references}
          // A move offers only where the caller may create (the API's session); the stored place stays choosable.
          scope={
            me.data && {
              counties: me.data.permissions.agreementCounties,
              localMunicipalities: me.data.permissions.localAgreementMunicipalities,
            }
          }
          submitLabel={t('agreements.form.save')}
          cancelHref={toAgreement({ id: agreement.id })}
          onSubmit={session.submit}
        />
      )}
    />
  );
}

/** Edit an agreement's own fields (drafts and consultation versions; the county's coordinator and admins). */
export function EditAgreementPage() {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  return (
    <WithAgreement id={id}>
      {(versioned) => {
        const { agreement } = versioned;
        if (!agreement.permissions.edit) {
          // Adopted agreements are read-only for everyone; others are not the visitor's to change.
          if (agreement.permissions.statusChanges.length > 0 || agreement.permissions.editPriorities) {
            return (
              <>
                <PageHeading>{t('agreements.form.readOnlyTitle')}</PageHeading>
                <Alert
                  tone="info"
                  title={t('agreements.form.readOnlyText', { status: t(`agreementStatus.${agreement.status}`) })}
                />
                <p>
                  <Link href={toAgreement({ id: agreement.id })}>
                    {t('agreements.detail.backTo', { title: agreement.title })}
                  </Link>
                </p>
              </>
            );
          }
          return <NotPermittedPage />;
        }
        return (
          <>
            <BackToAgreement id={agreement.id} title={agreement.title} />
            <PageHeading>{t('agreements.form.editTitle', { title: agreement.title })}</PageHeading>
            <EditAgreement versioned={versioned} />
          </>
        );
      }}
    </WithAgreement>
  );
}
