import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EditSessionView, NotPermittedPage, PageNotLoaded, useEditSession } from '../../../components';
import { PageHeading } from '../../../design-system';
import { plainText } from '../../../lib/format';
import { toFunding, toFundingCall } from '../../../lib/links';
import { useCreateCall } from '../api/createCall';
import { fetchCall, useCall, type VersionedCall } from '../api/getCall';
import { useProgrammes } from '../api/getProgrammes';
import { useSummary } from '../api/getSummary';
import { useUpdateCall } from '../api/updateCall';
import { CallForm, callFields, callInputOf, useCallFieldLabel } from '../components/CallForm';
import type { CallInput } from '../types';
import '../styles.css';

const newRoute = getRouteApi('/funding/calls/new');
const editRoute = getRouteApi('/funding/calls/$id/edit');

/** A new call of the county (a draft until the coordinator opens it). */
export function NewCallPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { county } = newRoute.useSearch();
  const summary = useSummary({ county });
  const create = useCreateCall();
  if (!summary.isSuccess) return <PageNotLoaded query={summary} notFoundTitle={t('funding.title')} />;
  if (!county || !summary.data.permissions.createCall) return <NotPermittedPage />;
  return (
    <>
      <PageHeading>{t('funding.callForm.newTitle')}</PageHeading>
      <CallForm
        initialInput={{ programmeId: '', countyCode: county, year: new Date().getFullYear() + 1, title: '' }}
        submitLabel={t('funding.callForm.create')}
        cancelHref={toFunding({ county })}
        onSubmit={async (input) => {
          const call = await create.mutateAsync(input);
          await navigate({ href: toFundingCall({ id: call.id }) });
        }}
      />
    </>
  );
}

/** Change a call and its priorities; the conflict screen when someone else saved it meanwhile. */
export function EditCallPage() {
  const { t } = useTranslation();
  const { id } = editRoute.useParams();
  const query = useCall(id);
  if (!query.isSuccess)
    return (
      <PageNotLoaded
        query={query}
        notFoundTitle={t('funding.call.notFound')}
        back={{ href: toFunding(), label: t('funding.title') }}
      />
    );
  if (!query.data.call.permissions.update) return <NotPermittedPage />;
  return (
    <>
      <PageHeading>{t('funding.callForm.editTitle', { title: query.data.call.title })}</PageHeading>
      <EditCallForm versioned={query.data} />
    </>
  );
}

function EditCallForm({ versioned }: { versioned: VersionedCall }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateCall();
  const labelOf = useCallFieldLabel();
  const programmes = useProgrammes();
  const id = versioned.call.id;
  const session = useEditSession<CallInput>({
    initial: { input: callInputOf(versioned.call), etag: versioned.etag },
    fetchLatest: async () => {
      const latest = await fetchCall(id);
      return { input: callInputOf(latest.call), etag: latest.etag };
    },
    save: async (input, etag) => {
      await update.mutateAsync({ id, etag, input });
      await navigate({ href: toFundingCall({ id }) });
    },
  });
  return (
    <EditSessionView
      session={session}
      fields={callFields}
      labelOf={labelOf}
      describe={(field, value) =>
        field === 'programmeId'
          ? (programmes.data?.find((p) => p.id === value)?.name ?? '')
          : describeCallValue(field, value)
      }
      renderForm={(start) => (
        <CallForm
          {...start}
          knownPriorities={versioned.call.priorities.map((p) => p.links)}
          submitLabel={t('funding.callForm.save')}
          cancelHref={toFundingCall({ id })}
          onSubmit={session.submit}
        />
      )}
    />
  );
}

function describeCallValue(field: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (field === 'priorities') return (value as NonNullable<CallInput['priorities']>).map((p) => p.text).join('\n');
  return plainText(value);
}
