import { getRouteApi } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components';
import { CheckboxGroup, PageHeading, Pagination, Select, Spinner } from '../../../design-system';
import { useMe } from '../../../lib/auth';
import { useCounties } from '../../../lib/reference';
import { BOARD_PAGE_SIZE, useActionItems } from '../api/getActionItems';
import { useCountyForums } from '../api/getForums';
import { ActionItemTable } from '../components/ActionItemTable';
import { actionItemStatuses, type ActionItemStatus } from '../types';
import { boardDefaults, choosesFilter, type BoardSearch } from './searchParams';
import '../styles.css';

const routeApi = getRouteApi('/action-items');

/** The board of action items: filters in the address, overdue said in words, earliest due first. */
export function ActionItemBoardPage() {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const me = useMe();
  // An address without filters opens on the caller's own county or organisation, not on all of Sweden; the default
  // goes into the address, so it reads like any other choice and can be changed or cleared.
  const defaults = me.data ? boardDefaults(me.data) : {};
  const waitsForDefault = !choosesFilter(search) && (me.isPending || choosesFilter(defaults));
  const defaultCounty = choosesFilter(search) ? undefined : defaults.county;
  const defaultMine = choosesFilter(search) ? undefined : defaults.mine;
  useEffect(() => {
    if (defaultCounty ?? defaultMine) {
      void navigate({ search: { county: defaultCounty, mine: defaultMine }, replace: true });
    }
  }, [defaultCounty, defaultMine, navigate]);
  const counties = useCounties();
  const forums = useCountyForums(search.county);
  const page = search.page ?? 1;
  const items = useActionItems({ ...search, page: page - 1 }, !waitsForDefault);
  const set = (change: Partial<BoardSearch>) => {
    const next: BoardSearch = { ...search, ...change, all: undefined, page: undefined };
    void navigate({ search: choosesFilter(next) ? next : { ...next, all: true }, replace: true });
  };
  const flags = [...(search.overdue ? ['overdue'] : []), ...(search.mine ? ['mine'] : [])];
  const pageCount = items.data ? Math.max(1, Math.ceil(items.data.total / BOARD_PAGE_SIZE)) : 1;

  return (
    <>
      <PageHeading>{t('forums.board.title')}</PageHeading>
      <p>{t('forums.board.intro')}</p>
      <div className="filters">
        <Select
          label={t('forums.board.county')}
          emptyOption={t('forums.board.allCounties')}
          options={(counties.data ?? []).map((county) => ({ id: county.code, label: county.name }))}
          value={search.county ?? null}
          onChange={(county) => set({ county: county ?? undefined, forum: undefined })}
        />
        {search.county && (
          <Select
            label={t('forums.board.forum')}
            emptyOption={t('forums.board.allForums')}
            options={(forums.data?.items ?? []).map((forum) => ({ id: forum.id, label: forum.name }))}
            value={search.forum ?? null}
            onChange={(forum) => set({ forum: forum ?? undefined })}
          />
        )}
        <Select
          label={t('forums.board.status')}
          emptyOption={t('forums.board.allStatuses')}
          options={actionItemStatuses.map((status) => ({ id: status, label: t(`actionItemStatus.${status}`) }))}
          value={search.status ?? null}
          onChange={(status) => set({ status: (status as ActionItemStatus | null) ?? undefined })}
        />
        <CheckboxGroup
          label={t('forums.board.show')}
          options={[
            { id: 'overdue', label: t('forums.board.overdueOnly') },
            ...(me.data?.organisationId
              ? [{ id: 'mine', label: t('forums.board.mineOnly', { organisation: me.data.organisationName ?? '' }) }]
              : []),
          ]}
          value={flags}
          onChange={(value) =>
            set({ overdue: value.includes('overdue') || undefined, mine: value.includes('mine') || undefined })
          }
        />
      </div>
      {items.isPending && <Spinner label={t('forums.board.loading')} />}
      {items.isError && <QueryError error={items.error} onRetry={() => void items.refetch()} />}
      {items.data && (
        <>
          <p className="result-count" role="status">
            {t('forums.board.count', { count: items.data.total })}
          </p>
          {items.data.items.length > 0 && (
            <ActionItemTable caption={t('forums.board.title')} items={items.data.items} showOrigin showForum />
          )}
          <Pagination
            page={page}
            pageCount={pageCount}
            onPageChange={(next) => void navigate({ search: { ...search, page: next } })}
            labels={{
              navigation: t('forums.board.pages'),
              previous: t('forums.board.previous'),
              next: t('forums.board.next'),
              status: t('forums.board.pageStatus', { page, count: pageCount }),
            }}
          />
        </>
      )}
    </>
  );
}
