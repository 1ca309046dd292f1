import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActionError,
  ActionLink,
  DateField,
  EditSessionView,
  Facts,
  FormDateField,
  LoadedList,
  PageNotLoaded,
  PageTop,
  refetched,
  RemovedMeanwhile,
  ServerForm,
  type SessionFormStart,
  type Snapshot,
  StatusButtons,
  useErrorMessage,
  useHistoryDisclosure,
  useVersionedEdit,
} from '../../../components';
import { Alert, Button, DataTable, Form, Link, ProvenanceMark, TextArea, TextField } from '../../../design-system';
import { ApiError, etagOfVersion } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { toAgreement, toEditFundingProject, toFundingProjects } from '../../../lib/links';
import { useChangeAccountStatus } from '../api/changeAccountStatus';
import { useCreateAccount } from '../api/createAccount';
import { useUpdateAccount } from '../api/updateAccount';
import { useFileAccount } from '../api/fileAccount';
import { useProject } from '../api/getProject';
import { useProjectAccounts } from '../api/getProjectAccounts';
import { formatKronor } from '../format';
import type { Account } from '../types';
import { useProjectHistory } from '../api/getProjectHistory';
import { FundingHistory } from '../components/FundingHistory';
import { QualifyResponsibilities } from '../components/QualifyResponsibilities';
import '../styles.css';

const routeApi = getRouteApi('/funding/projects/$id');

/** The account of a project's accounts read again; gone from them, it cannot be saved, and `onGone` is told. */
function accountIn(accounts: readonly Account[], id: string, onGone: () => void): Account {
  const account = accounts.find((candidate) => candidate.id === id);
  if (!account) {
    onGone();
    throw new Error(`The account ${id} is no longer among the project's accounts`);
  }
  return account;
}

/** A project (public): owner, partners, period, budget per source, what it serves; its accounts for those involved. */
export function ProjectPage() {
  const { t, i18n } = useTranslation();
  const { id } = routeApi.useParams();
  const query = useProject(id);
  const readAccounts = query.data?.project.permissions.readAccounts ?? false;
  const accounts = useProjectAccounts(id, readAccounts);
  const history = useHistoryDisclosure(useProjectHistory, id);
  // The account whose save found it removed by someone else meanwhile (a 412 whose read again lacks it, or a 404):
  // said above the accounts once they no longer show it, in place of its form.
  const [gone, setGone] = useState<Account | null>(null);
  const toList = { href: toFundingProjects(), label: t('funding.projects.all') };
  if (!query.isSuccess)
    return <PageNotLoaded query={query} notFoundTitle={t('funding.project.notFound')} back={toList} />;
  const { project } = query.data;
  const money = (amount?: string) => formatKronor(amount, i18n.language);
  return (
    <>
      <PageTop
        back={{ href: toFundingProjects({ county: project.countyCode }), label: t('funding.projects.all') }}
        title={project.name}
      />
      {project.provenance && <ProvenanceMark provenance={project.provenance} />}
      {project.description && <p className="preserve-lines">{project.description}</p>}
      <ActionLink href={toEditFundingProject({ id: project.id })} allowed={project.permissions.update}>
        {t('funding.projectForm.edit')}
      </ActionLink>
      <Facts
        items={[
          { term: t('funding.project.owner'), description: project.owner?.name },
          { term: t('funding.project.partners'), description: project.partners.map((p) => p.name).join(', ') || null },
          { term: t('funding.project.county'), description: project.countyName },
          {
            term: t('funding.project.period'),
            description:
              project.startsOn || project.endsOn
                ? `${project.startsOn ? formatDate(project.startsOn, i18n.language) : '…'} – ${
                    project.endsOn ? formatDate(project.endsOn, i18n.language) : '…'
                  }`
                : null,
          },
          { term: t('funding.project.status'), description: t(`funding.projectStatus.${project.status}`) },
          { term: t('funding.project.results'), description: project.results },
          { term: t('funding.project.budgetTotal'), description: money(project.budgetTotal) },
        ]}
      />
      <h2>{t('funding.project.budget')}</h2>
      {project.budget.length === 0 ? (
        <p>{t('funding.project.noBudget')}</p>
      ) : (
        <DataTable
          caption={t('funding.project.budget')}
          captionHidden
          columns={[
            { key: 'source', header: t('funding.project.source') },
            { key: 'year', header: t('funding.summary.year') },
            { key: 'amount', header: t('funding.summary.amount') },
          ]}
          rows={project.budget.map((line, index) => ({
            key: String(index),
            cells: [
              line.programme?.name ?? line.source ?? '',
              String(line.year),
              money(line.amount) ?? t('funding.project.amountNotStated'),
            ],
          }))}
        />
      )}
      <h2>{t('funding.project.serves')}</h2>
      {project.links.goalAreas.length === 0 && project.links.targetGroups.length === 0 ? (
        <p>{t('funding.project.noLinks')}</p>
      ) : (
        <ul>
          {project.links.goalAreas.map((area) => (
            <li key={area.id}>
              <Link href={toAgreement({ id: area.agreementId })}>
                {area.number ? `${area.number} ${area.title}` : area.title}
              </Link>{' '}
              ({area.agreementTitle})
            </li>
          ))}
          {project.links.strategies.map((strategy) => (
            <li key={`${strategy.goalAreaId}-${strategy.index}`}>
              {strategy.text ?? t('funding.project.strategyGone')}
            </li>
          ))}
          {project.links.targetGroups.map((group) => (
            <li key={group}>{t(`targetGroup.${group}`)}</li>
          ))}
        </ul>
      )}
      {project.responsibilities.length > 0 && (
        <>
          <h2>{t('funding.project.responsibilities')}</h2>
          <ul>
            {project.responsibilities.map((r) => (
              <li key={r.id}>
                <Link href={toAgreement({ id: r.agreementId })}>{r.goalAreaLabel}</Link>: {r.organisationName}{' '}
                {r.qualifier}
              </li>
            ))}
          </ul>
        </>
      )}
      {project.permissions.qualifyResponsibilities && (
        <QualifyResponsibilities key={project.id} versioned={query.data} readAgain={() => refetched(query)} />
      )}
      {readAccounts && (
        <>
          <h2>{t('funding.accounts.title')}</h2>
          {gone && !accounts.data?.some((account) => account.id === gone.id) && (
            <RemovedMeanwhile
              title={t('funding.accounts.gone', { date: formatDate(gone.dueOn, i18n.language) })}
              text={t('funding.accounts.goneText')}
              onReadAgain={() => {
                setGone(null);
                void accounts.refetch();
              }}
            />
          )}
          <LoadedList query={accounts} none={t('funding.accounts.none')}>
            {(list) =>
              list.map((account) => (
                <AccountView
                  key={account.id}
                  account={account}
                  readAgain={async () => accountIn(await refetched(accounts), account.id, () => setGone(account))}
                  onNotFound={() => {
                    setGone(account);
                    void accounts.refetch();
                  }}
                />
              ))
            }
          </LoadedList>
        </>
      )}
      {project.permissions.addAccount && <AddAccountForm projectId={project.id} />}
      <FundingHistory {...history} id={project.id} />
    </>
  );
}

/** What an account's forms are given: its latest read, and what to do when a save finds it gone (404). */
type AccountReads = { readAgain: () => Promise<Account>; onNotFound: () => void };

/** One account: due date and status; the owner's members file it here. */
function AccountView({ account, readAgain, onNotFound }: { account: Account } & AccountReads) {
  const { t, i18n } = useTranslation();
  const file = useFileAccount();
  const [spent, setSpent] = useState('');
  const [whatWasDone, setWhatWasDone] = useState('');
  const [results, setResults] = useState('');
  return (
    <section aria-labelledby={`account-${account.id}`}>
      <h3 id={`account-${account.id}`}>
        {t('funding.accounts.due', { date: formatDate(account.dueOn, i18n.language) })}
      </h3>
      <p>
        {t(`funding.accountStatus.${account.status}`)}
        {account.overdue && <strong className="text-overdue"> {t('funding.accounts.overdue')}</strong>}
      </p>
      {account.status !== 'DUE' && (
        <Facts
          items={[
            { term: t('funding.accounts.spent'), description: formatKronor(account.spent, i18n.language) },
            { term: t('funding.accounts.whatWasDone'), description: account.whatWasDone },
            { term: t('funding.accounts.results'), description: account.results },
          ]}
        />
      )}
      {file.isSuccess && <Alert tone="success" title={t('funding.accounts.filed')} />}
      <AccountReview account={account} readAgain={readAgain} onNotFound={onNotFound} />
      {account.permissions.file && (
        <Form
          aria-label={t('funding.accounts.file')}
          onSubmit={(event) => {
            event.preventDefault();
            file.mutate({
              id: account.id,
              etag: `"${account.version}"`,
              input: { spent: spent.trim().replace(',', '.'), whatWasDone, results: results || undefined },
            });
          }}
        >
          <ActionError error={file.error} title={t('funding.refused')} />
          <TextField
            label={t('funding.accounts.spent')}
            description={t('funding.amountHelp')}
            value={spent}
            onChange={setSpent}
            inputMode="decimal"
            isRequired
          />
          <TextArea
            label={t('funding.accounts.whatWasDone')}
            value={whatWasDone}
            onChange={setWhatWasDone}
            isRequired
          />
          <TextArea label={t('funding.accounts.results')} value={results} onChange={setResults} />
          <Button type="submit" variant="primary" isDisabled={file.isPending}>
            {t('funding.accounts.file')}
          </Button>
        </Form>
      )}
    </section>
  );
}

/** The coordinator sets a due date for (another) accounting of the project. */
function AddAccountForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const create = useCreateAccount();
  const [dueOn, setDueOn] = useState('');
  return (
    <section aria-labelledby="add-account">
      <h3 id="add-account">{t('funding.accounts.add')}</h3>
      {create.isSuccess && <Alert tone="success" title={t('funding.accounts.added')} />}
      <Form
        aria-labelledby="add-account"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ projectId, dueOn }, { onSuccess: () => setDueOn('') });
        }}
      >
        <ActionError error={create.error} title={t('funding.refused')} />
        <DateField label={t('funding.accounts.dueOn')} value={dueOn} onChange={setDueOn} isRequired />
        <Button type="submit" variant="primary" isDisabled={create.isPending}>
          {t('funding.accounts.add')}
        </Button>
      </Form>
    </section>
  );
}

/** The coordinator moves the due date of an account not yet filed, approves a filed one or returns it. */
function AccountReview({ account, readAgain, onNotFound }: { account: Account } & AccountReads) {
  const { t } = useTranslation();
  const changeStatus = useChangeAccountStatus();
  const etag = etagOfVersion(account.version);
  if (!account.permissions.update && account.permissions.statusChanges.length === 0) return null;
  return (
    <>
      <ActionError error={changeStatus.error} title={t('funding.refused')} />
      <StatusButtons
        statuses={account.permissions.statusChanges}
        className="funding-actions"
        label={(status) => t(`funding.accounts.to.${status}`)}
        variant={(status) => (status === 'APPROVED' ? 'primary' : 'secondary')}
        isPending={changeStatus.isPending}
        onChange={(status) => changeStatus.mutate({ id: account.id, etag, status })}
      />
      {account.permissions.update && <MoveDueDate account={account} readAgain={readAgain} onNotFound={onNotFound} />}
    </>
  );
}

const dueDateFields = ['dueOn'] as const;
type DueDateValues = { dueOn: string };

/** An account's due date as an edit snapshot, with the ETag of the account's version. */
function dueDateSnapshot(account: Account): Snapshot<DueDateValues> {
  return { input: { dueOn: account.dueOn }, etag: etagOfVersion(account.version) };
}

/**
 * Moves the due date with the account's version; when someone else changed the account meanwhile (412), the
 * conflict screen shows their date beside mine, to re-apply mine onto their version or start again from it.
 */
function MoveDueDate({ account, readAgain, onNotFound }: { account: Account } & AccountReads) {
  const { t, i18n } = useTranslation();
  const update = useUpdateAccount();
  const [moved, setMoved] = useState(false);
  const session = useVersionedEdit({
    read: account,
    readAgain,
    snapshotOf: dueDateSnapshot,
    save: async ({ dueOn }, etag) => {
      let updated: Account;
      try {
        updated = await update.mutateAsync({ id: account.id, etag, dueOn });
      } catch (error) {
        // Removed meanwhile without a trace the server knows: the accounts read again no longer show it.
        if (error instanceof ApiError && error.is('not-found')) onNotFound();
        throw error;
      }
      setMoved(true);
      return dueDateSnapshot(updated);
    },
  });
  const labelOf = () => t('funding.accounts.newDueOn');
  return (
    <>
      {moved && <Alert tone="success" title={t('funding.accounts.moved')} />}
      <EditSessionView
        session={session}
        fields={dueDateFields}
        labelOf={labelOf}
        describe={(_, value) => (typeof value === 'string' && value ? (formatDate(value, i18n.language) ?? value) : '')}
        renderForm={(start) => (
          <MoveDueDateForm
            {...start}
            accountId={account.id}
            labelOf={labelOf}
            onSave={async (values) => {
              setMoved(false);
              await session.submit(values);
            }}
          />
        )}
      />
    </>
  );
}

function MoveDueDateForm({
  accountId,
  labelOf,
  initialInput,
  onSave,
  ...start
}: SessionFormStart<DueDateValues> & {
  accountId: string;
  labelOf: (field: string) => string;
  onSave: (values: DueDateValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [dueOn, setDueOn] = useState(initialInput.dueOn);
  return (
    <ServerForm
      form={`account-${accountId}`}
      fields={dueDateFields}
      labelOf={labelOf}
      {...start}
      requiredHint={false}
      describeError={(error) => ({ title: t('funding.refused'), text: message(error) })}
      submitLabel={t('funding.accounts.move')}
      onSubmit={() => onSave({ dueOn })}
    >
      <FormDateField name="dueOn" label={t('funding.accounts.newDueOn')} value={dueOn} onChange={setDueOn} isRequired />
    </ServerForm>
  );
}
