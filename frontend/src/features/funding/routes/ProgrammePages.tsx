import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  ActionLink,
  EditSessionView,
  Loaded,
  NotPermittedPage,
  PageNotLoaded,
  PageTop,
  useEditSession,
} from '../../../components';
import { DataTable, Link, PageHeading } from '../../../design-system';
import { plainText } from '../../../lib/format';
import {
  toEditFundingProgramme,
  toFunding,
  toFundingProgrammeHistory,
  toFundingProgrammes,
  toNewFundingProgramme,
} from '../../../lib/links';
import { useCreateProgramme } from '../api/createProgramme';
import { fetchProgramme, useProgramme, type VersionedProgramme } from '../api/getProgramme';
import { useProgrammeHistory } from '../api/getProgrammeHistory';
import { useProgrammes } from '../api/getProgrammes';
import { useSummary } from '../api/getSummary';
import { useUpdateProgramme } from '../api/updateProgramme';
import {
  emptyProgrammeInput,
  ProgrammeForm,
  programmeFields,
  programmeInputOf,
  useProgrammeFieldLabel,
} from '../components/ProgrammeForm';
import { FundingHistory } from '../components/FundingHistory';
import { programmeKinds, type ProgrammeInput } from '../types';
import '../styles.css';

const editRoute = getRouteApi('/funding/programmes/$id/edit');
const historyRoute = getRouteApi('/funding/programmes/$id/history');

/** The programmes money is paid under (public); administrators register and change them. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const summary = useSummary({});
  return (
    <>
      <PageTop back={{ href: toFunding(), label: t('funding.title') }} title={t('funding.programmes.title')} />
      <ActionLink href={toNewFundingProgramme()} allowed={summary.data?.permissions.createProgramme}>
        {t('funding.programmes.new')}
      </ActionLink>
      <Loaded query={programmes}>
        {(list) => (
          <DataTable
            caption={t('funding.programmes.title')}
            captionHidden
            columns={[
              { key: 'name', header: t('funding.field.name') },
              { key: 'kind', header: t('funding.field.kind') },
              { key: 'legalBasis', header: t('funding.field.legalBasis') },
              { key: 'authority', header: t('funding.field.managingAuthority') },
              { key: 'actions', header: t('funding.programmes.actions') },
            ]}
            rows={list.map((programme) => ({
              key: programme.id,
              cells: [
                programme.name,
                t(`funding.programmeKind.${programme.kind}`),
                programme.legalBasis
                  ? `SFS ${programme.legalBasis.sfs}${programme.legalBasis.title ? ` ${programme.legalBasis.title}` : ''}`
                  : t('common.notSet'),
                programme.managingAuthority ?? t('common.notSet'),
                <span key="actions" className="funding-row-actions">
                  {programme.canUpdate && (
                    <Link href={toEditFundingProgramme({ id: programme.id })}>
                      {t('funding.programmes.edit', { name: programme.name })}
                    </Link>
                  )}
                  <Link href={toFundingProgrammeHistory({ id: programme.id })}>
                    {t('funding.programmes.history', { name: programme.name })}
                  </Link>
                </span>,
              ],
            }))}
          />
        )}
      </Loaded>
    </>
  );
}

/** A programme's changes (public, as the programme is): who changed its name, legal basis or authority, and when. */
export function ProgrammeHistoryPage() {
  const { t } = useTranslation();
  const { id } = historyRoute.useParams();
  const query = useProgramme(id);
  const history = useProgrammeHistory(id);
  const back = { href: toFundingProgrammes(), label: t('funding.programmes.title') };
  if (!query.isSuccess)
    return <PageNotLoaded query={query} notFoundTitle={t('funding.programme.notFound')} back={back} />;
  const { programme } = query.data;
  return (
    <>
      <PageTop back={back} title={t('funding.programmes.historyTitle', { name: programme.name })} />
      <FundingHistory query={history} id={programme.id} open />
    </>
  );
}

export function NewProgrammePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const summary = useSummary({});
  const create = useCreateProgramme();
  if (!summary.isSuccess) return <PageNotLoaded query={summary} notFoundTitle={t('funding.title')} />;
  if (!summary.data.permissions.createProgramme) return <NotPermittedPage />;
  return (
    <>
      <PageHeading>{t('funding.programmes.new')}</PageHeading>
      <ProgrammeForm
        initialInput={emptyProgrammeInput}
        submitLabel={t('funding.programmes.create')}
        cancelHref={toFundingProgrammes()}
        onSubmit={async (input) => {
          await create.mutateAsync(input);
          await navigate({ href: toFundingProgrammes() });
        }}
      />
    </>
  );
}

export function EditProgrammePage() {
  const { t } = useTranslation();
  const { id } = editRoute.useParams();
  const query = useProgramme(id);
  if (!query.isSuccess)
    return (
      <PageNotLoaded
        query={query}
        notFoundTitle={t('funding.programme.notFound')}
        back={{ href: toFundingProgrammes(), label: t('funding.programmes.title') }}
      />
    );
  if (!query.data.programme.canUpdate) return <NotPermittedPage />;
  return (
    <>
      <PageHeading>{t('funding.programmes.editTitle', { name: query.data.programme.name })}</PageHeading>
      <EditProgrammeForm versioned={query.data} />
    </>
  );
}

function describeProgramme(field: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (field === 'legalBasis') {
    const basis = value as NonNullable<ProgrammeInput['legalBasis']>;
    return `SFS ${basis.sfs}${basis.title ? ` ${basis.title}` : ''}`;
  }
  return plainText(value);
}

function EditProgrammeForm({ versioned }: { versioned: VersionedProgramme }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateProgramme();
  const labelOf = useProgrammeFieldLabel();
  const id = versioned.programme.id;
  const session = useEditSession<ProgrammeInput>({
    initial: { input: programmeInputOf(versioned.programme), etag: versioned.etag },
    fetchLatest: async () => {
      const latest = await fetchProgramme(id);
      return { input: programmeInputOf(latest.programme), etag: latest.etag };
    },
    save: async (input, etag) => {
      await update.mutateAsync({ id, etag, input });
      await navigate({ href: toFundingProgrammes() });
    },
  });
  return (
    <EditSessionView
      session={session}
      fields={programmeFields}
      labelOf={labelOf}
      describe={(field, value) => {
        const kind = field === 'kind' ? programmeKinds.find((k) => k === value) : undefined;
        return kind ? t(`funding.programmeKind.${kind}`) : describeProgramme(field, value);
      }}
      renderForm={(start) => (
        <ProgrammeForm
          {...start}
          submitLabel={t('funding.programmes.save')}
          cancelHref={toFundingProgrammes()}
          onSubmit={session.submit}
        />
      )}
    />
  );
}
