import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loaded } from '../../../components';
import { BackLink, PageHeading, Pagination, SearchField } from '../../../design-system';
import { toAgreement, toFundingProject } from '../../../lib/links';
import { PROJECT_PAGE_SIZE, useProjects } from '../api/getProjects';
import { useSummary } from '../api/getSummary';
import { formatKronor } from '../format';
import { ProjectTable } from '../components/ProjectTable';
import type { ProjectsSearch } from './searchParams';
import '../styles.css';

const routeApi = getRouteApi('/funding/projects');

/** The public list of projects (a goal area's, a county's or all): who got what for what. */
export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const page = search.page ?? 1;
  const [text, setText] = useState(search.q ?? '');
  const projects = useProjects({ county: search.county, goalArea: search.goalArea, q: search.q, page: page - 1 });
  // A goal area's page: the area named (from the list's answer) and the money stated for it in every year.
  const goalArea = search.goalArea ? projects.data?.goalArea : undefined;
  const summary = useSummary({});
  const areaTotal = goalArea ? summary.data?.byGoalArea.find((total) => total.key === goalArea.id) : undefined;
  const set = (change: Partial<ProjectsSearch>) =>
    void navigate({ search: (previous: ProjectsSearch) => ({ ...previous, ...change }), replace: true });
  return (
    <>
      {goalArea && <BackLink href={toAgreement({ id: goalArea.agreementId })}>{goalArea.agreementTitle}</BackLink>}
      <PageHeading>
        {goalArea
          ? t('funding.projects.ofNamedGoalArea', {
              name: goalArea.number ? `${goalArea.number} ${goalArea.title}` : goalArea.title,
            })
          : t('funding.projects.title')}
      </PageHeading>
      {!goalArea && <p>{search.goalArea ? t('funding.projects.ofGoalArea') : t('funding.projects.intro')}</p>}
      {areaTotal && (
        <p>
          {t('funding.projects.goalAreaTotal', {
            amount: formatKronor(areaTotal.amount, i18n.language),
            count: areaTotal.projects,
          })}
        </p>
      )}
      <SearchField
        label={t('funding.projects.search')}
        value={text}
        onChange={setText}
        clearLabel={t('funding.projects.clear')}
        onSubmit={(q) => set({ q: q || undefined, page: undefined })}
      />
      <Loaded query={projects}>
        {(data) => (
          <>
            <ProjectTable
              caption={t('funding.projects.caption', { count: data.total })}
              projects={data.items}
              href={(id) => toFundingProject({ id })}
            />
            <Pagination
              page={page}
              pageCount={Math.max(1, Math.ceil(data.total / PROJECT_PAGE_SIZE))}
              onPageChange={(next) => set({ page: next > 1 ? next : undefined })}
              labels={{
                navigation: t('funding.projects.pages'),
                previous: t('funding.projects.previous'),
                next: t('funding.projects.next'),
                status: t('funding.projects.pageStatus', {
                  page,
                  count: Math.max(1, Math.ceil(data.total / PROJECT_PAGE_SIZE)),
                }),
              }}
            />
          </>
        )}
      </Loaded>
    </>
  );
}
