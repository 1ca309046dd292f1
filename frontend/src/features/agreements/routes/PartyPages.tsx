import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotPermittedPage } from '../../../components';
import { Link, PageHeading } from '../../../design-system';
import { etagOfVersion } from '../../../lib/api';
import { useAddParty } from '../api/addParty';
import { useAgreement } from '../api/getAgreement';
import { useUpdateParty } from '../api/updateParty';
import { PartyForm } from '../components/PartyForm';
import { BackToAgreement, WithAgreement } from '../components/WithAgreement';
import type { Party } from '../types';
import { toAgreement } from '../../../lib/links';
import '../styles.css';

const newRoute = getRouteApi('/agreements/$id/parties/new');
const editRoute = getRouteApi('/agreements/$id/parties/$partyId/edit');

/** Add a party to an agreement (those who may edit it). */
export function NewPartyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = newRoute.useParams();
  const add = useAddParty();
  return (
    <WithAgreement id={id}>
      {({ agreement }) =>
        !agreement.permissions.edit ? (
          <NotPermittedPage />
        ) : (
          <>
            <BackToAgreement id={agreement.id} title={agreement.title} />
            <PageHeading>{t('agreements.party.newTitle')}</PageHeading>
            <PartyForm
              submitLabel={t('agreements.party.create')}
              cancelHref={toAgreement({ id: agreement.id })}
              onSubmit={async (input, name) => {
                await add.mutateAsync({ agreementId: agreement.id, input });
                await navigate({
                  to: '/agreements/$id',
                  params: { id: agreement.id },
                  state: (previous) => ({
                    ...previous,
                    notice: { key: 'agreements.notice.partyAdded', values: { name } },
                  }),
                });
              }}
            />
          </>
        )
      }
    </WithAgreement>
  );
}

/**
 * The form over one snapshot of the party: its version stays the one it was opened with, even when the agreement
 * is read again in the background, so that a change made meanwhile by someone else is refused (412).
 */
function EditPartyForm({
  agreementId,
  party: current,
  onReload,
}: {
  agreementId: string;
  party: Party;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateParty();
  const [party] = useState(current);
  return (
    <PartyForm
      party={party}
      submitLabel={t('agreements.party.save')}
      cancelHref={toAgreement({ id: agreementId })}
      onReload={onReload}
      onSubmit={async (input, name) => {
        await update.mutateAsync({ agreementId, partyId: party.id, etag: etagOfVersion(party.version), input });
        await navigate({
          to: '/agreements/$id',
          params: { id: agreementId },
          state: (previous) => ({ ...previous, notice: { key: 'agreements.notice.partyUpdated', values: { name } } }),
        });
      }}
    />
  );
}

/** Change a party's organisation, role, signatories or signing date, based on the version that was read. */
export function EditPartyPage() {
  const { t } = useTranslation();
  const { id, partyId } = editRoute.useParams();
  const [reloads, setReloads] = useState(0);
  const refetch = useAgreement(id).refetch;
  const reload = async () => {
    await refetch();
    setReloads((count) => count + 1);
  };
  return (
    <WithAgreement id={id}>
      {({ agreement }) => {
        if (!agreement.permissions.edit) return <NotPermittedPage />;
        const party = agreement.parties.find((candidate) => candidate.id === partyId);
        if (!party) {
          return (
            <>
              <BackToAgreement id={agreement.id} title={agreement.title} />
              <PageHeading>{t('agreements.party.notFound')}</PageHeading>
              <p>
                <Link href={toAgreement({ id: agreement.id })}>
                  {t('agreements.detail.backTo', { title: agreement.title })}
                </Link>
              </p>
            </>
          );
        }
        return (
          <>
            <BackToAgreement id={agreement.id} title={agreement.title} />
            <PageHeading>{t('agreements.party.editTitle', { name: party.organisation.name })}</PageHeading>
            <EditPartyForm key={reloads} agreementId={agreement.id} party={party} onReload={() => void reload()} />
          </>
        );
      }}
    </WithAgreement>
  );
}
