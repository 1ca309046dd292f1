import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EditSessionView, NotPermittedPage, refetched, useEditSession } from '../../../components';
import { Link, PageHeading } from '../../../design-system';
import { etagOfVersion } from '../../../lib/api';
import { useAddParty } from '../api/addParty';
import { useAgreement } from '../api/getAgreement';
import { useUpdateParty } from '../api/updateParty';
import {
  PartyForm,
  partyConflictFields,
  partyFormValues,
  toPartyInput,
  useDescribePartyValue,
  usePartyFieldLabel,
} from '../components/PartyForm';
import { BackToAgreement, WithAgreement } from '../components/WithAgreement';
import type { Agreement, Party } from '../types';
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
              initialInput={partyFormValues(undefined)}
              submitLabel={t('agreements.party.create')}
              cancelHref={toAgreement({ id: agreement.id })}
              onSubmit={async (values) => {
                const name = values.organisationName;
                await add.mutateAsync({ agreementId: agreement.id, input: toPartyInput(values) });
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

/** The party of an agreement as an edit snapshot: its values and the ETag of its version. */
function partySnapshot(party: Party) {
  return { input: partyFormValues(party), etag: etagOfVersion(party.version) };
}

/**
 * The form over the version of the party it was opened with (even when the agreement is read again in the
 * background): when someone else saved meanwhile (412), the conflict screen shows what they changed, to re-apply
 * mine onto their version or start again from it.
 */
function EditPartyForm({
  agreementId,
  party,
  refetch,
}: {
  agreementId: string;
  party: Party;
  refetch: () => Promise<Agreement>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateParty();
  const labelOf = usePartyFieldLabel();
  const describe = useDescribePartyValue();
  const session = useEditSession({
    initial: partySnapshot(party),
    fetchLatest: async () => {
      const latest = (await refetch()).parties.find((candidate) => candidate.id === party.id);
      if (!latest) throw new Error('The party is no longer in the agreement');
      return partySnapshot(latest);
    },
    save: async (values, etag) => {
      await update.mutateAsync({ agreementId, partyId: party.id, etag, input: toPartyInput(values) });
      await navigate({
        to: '/agreements/$id',
        params: { id: agreementId },
        state: (previous) => ({
          ...previous,
          notice: { key: 'agreements.notice.partyUpdated', values: { name: values.organisationName } },
        }),
      });
    },
  });
  return (
    <EditSessionView
      session={session}
      fields={partyConflictFields}
      labelOf={labelOf}
      describe={describe}
      renderForm={(start) => (
        <PartyForm
          {...start}
          submitLabel={t('agreements.party.save')}
          cancelHref={toAgreement({ id: agreementId })}
          onSubmit={session.submit}
        />
      )}
    />
  );
}

/** Change a party's organisation, role, signatories or signing date, based on the version that was read. */
export function EditPartyPage() {
  const { t } = useTranslation();
  const { id, partyId } = editRoute.useParams();
  const query = useAgreement(id);
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
            <EditPartyForm
              agreementId={agreement.id}
              party={party}
              refetch={async () => (await refetched(query)).agreement}
            />
          </>
        );
      }}
    </WithAgreement>
  );
}
