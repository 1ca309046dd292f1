import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadedList } from '../../../components';
import { CheckboxGroup, DataTable, Link, PageHeading } from '../../../design-system';
import { formatDate } from '../../../lib/format';
import { toFundingProject } from '../../../lib/links';
import { useAccounts } from '../api/getAccounts';
import type { AccountsSearch } from './searchParams';
import '../styles.css';

const routeApi = getRouteApi('/funding/accounts');

/** The accounting board: accounts the caller may read, earliest due first; overdue ones said in words. */
export function AccountsPage() {
  const { t, i18n } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const accounts = useAccounts({ county: search.county, overdue: search.overdue });
  return (
    <>
      <PageHeading>{t('funding.accounts.board')}</PageHeading>
      <CheckboxGroup
        label={t('funding.accounts.show')}
        options={[{ id: 'overdue', label: t('funding.accounts.onlyOverdue') }]}
        value={search.overdue ? ['overdue'] : []}
        onChange={(values) =>
          void navigate({
            search: (previous: AccountsSearch) => ({ ...previous, overdue: values.includes('overdue') || undefined }),
            replace: true,
          })
        }
      />
      <LoadedList query={accounts} none={t('funding.accounts.none')}>
        {(list) => (
          <DataTable
            caption={t('funding.accounts.board')}
            captionHidden
            columns={[
              { key: 'project', header: t('funding.project.name') },
              { key: 'owner', header: t('funding.project.owner') },
              { key: 'due', header: t('funding.accounts.dueOn') },
              { key: 'status', header: t('funding.project.status') },
            ]}
            rows={list.map((account) => ({
              key: account.id,
              cells: [
                <Link key="project" href={toFundingProject({ id: account.projectId })}>
                  {account.projectName}
                </Link>,
                account.owner?.name ?? t('common.notSet'),
                formatDate(account.dueOn, i18n.language),
                account.overdue ? t('funding.accounts.overdueStatus') : t(`funding.accountStatus.${account.status}`),
              ],
            }))}
          />
        )}
      </LoadedList>
    </>
  );
}
