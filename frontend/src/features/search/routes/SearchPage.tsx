import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, Link, PageHeading, Pagination, SearchField, Select, Spinner } from '../../../design-system';
import { QueryError } from '../../../components';
import { toSearch } from '../../../lib/links';
import { useCounties } from '../../../lib/reference';
import { useSearchResults } from '../api/search';
import { hitHref } from '../components/hitHref';
import { searchKinds, type SearchKind } from '../types';
import { PAGE_SIZE, type SearchPageSearch } from './searchParams';
import '../styles.css';

const routeApi = getRouteApi('/search');

/** Search across agreements, goal areas, forums, meetings, minutes, decisions, action items, organisations and documents. */
export function SearchPage() {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = useNavigate();
  const counties = useCounties();
  const [text, setText] = useState(search.q ?? '');
  // When the address's words change (back, the header's box), the field shows them: adjusted while rendering.
  const [shown, setShown] = useState(search.q ?? '');
  if (shown !== (search.q ?? '')) {
    setShown(search.q ?? '');
    setText(search.q ?? '');
  }
  const page = search.page ?? 1;
  const results = useSearchResults({
    q: search.q ?? '',
    kind: search.kind,
    county: search.county,
    page: page - 1,
    size: PAGE_SIZE,
  });
  const go = (changes: SearchPageSearch) =>
    void navigate({ href: toSearch({ ...search, page: undefined, ...changes }) });

  const pageCount = results.data ? Math.ceil(results.data.total / PAGE_SIZE) : 0;
  return (
    <>
      <PageHeading>{search.q ? t('search.page.titleFor', { q: search.q }) : t('search.page.title')}</PageHeading>
      <form
        role="search"
        aria-label={t('search.page.filters')}
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          go({ q: text.trim() || undefined });
        }}
      >
        <SearchField
          label={t('search.page.label')}
          clearLabel={t('search.page.clear')}
          description={t('search.page.hint')}
          value={text}
          onChange={setText}
          onSubmit={(value) => go({ q: value.trim() || undefined })}
        />
        <Select
          label={t('search.page.kind')}
          emptyOption={t('search.page.allKinds')}
          options={searchKinds.map((kind) => ({ id: kind, label: t(`search.kind.${kind}`) }))}
          value={search.kind ?? null}
          onChange={(kind) => go({ kind: (kind ?? undefined) as SearchKind | undefined })}
        />
        <Select
          label={t('search.page.county')}
          emptyOption={t('search.page.allCounties')}
          options={(counties.data ?? []).map((county) => ({ id: county.code, label: county.name }))}
          value={search.county ?? null}
          onChange={(county) => go({ county: county ?? undefined })}
        />
        <div className="filters-submit">
          <Button type="submit" variant="primary">
            {t('search.page.submit')}
          </Button>
        </div>
      </form>
      {!search.q && <p>{t('search.page.empty')}</p>}
      {search.q && search.q.length < 2 && <p>{t('search.page.tooShort')}</p>}
      {search.q && results.isPending && results.fetchStatus !== 'idle' && (
        <Spinner label={t('search.page.searching')} />
      )}
      {results.isError && <QueryError error={results.error} onRetry={() => void results.refetch()} />}
      {search.q && results.data && (
        <section aria-labelledby="search-results">
          <h2 id="search-results" aria-live="polite">
            {t('search.page.count', { count: results.data.total })}
          </h2>
          {results.data.limited && <p>{t('search.page.limited')}</p>}
          <ol className="search-results">
            {results.data.items.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`} className="search-hit">
                <Badge tone="info">{t(`search.kind.${hit.kind}`)}</Badge>{' '}
                <Link href={hitHref(hit)}>{hit.title || t(`search.kind.${hit.kind}`)}</Link>
                {hit.context && <p className="search-hit-context">{hit.context}</p>}
                {hit.excerpt && <p className="search-hit-excerpt">{hit.excerpt}</p>}
              </li>
            ))}
          </ol>
          <Pagination
            page={page}
            pageCount={pageCount}
            onPageChange={(next) => void navigate({ href: toSearch({ ...search, page: next }) })}
            labels={{
              navigation: t('search.page.pages'),
              previous: t('search.page.previous'),
              next: t('search.page.next'),
              status: t('search.page.pageStatus', { page, count: pageCount }),
            }}
          />
        </section>
      )}
    </>
  );
}
