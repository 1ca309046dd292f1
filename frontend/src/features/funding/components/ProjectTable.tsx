import { useTranslation } from 'react-i18next';
import { DataTable, Link } from '../../../design-system';
import { formatKronor } from '../format';
import type { ProjectSummary } from '../types';

/** Projects: who got what for what. */
export function ProjectTable({
  caption,
  projects,
  href,
}: {
  caption: string;
  projects: ProjectSummary[];
  href: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  if (projects.length === 0) return <p>{t('funding.projects.none')}</p>;
  return (
    <DataTable
      caption={caption}
      columns={[
        { key: 'name', header: t('funding.project.name') },
        { key: 'owner', header: t('funding.project.owner') },
        { key: 'sources', header: t('funding.project.sources') },
        { key: 'total', header: t('funding.project.budgetTotal') },
        { key: 'status', header: t('funding.project.status') },
      ]}
      rows={projects.map((project) => ({
        key: project.id,
        cells: [
          <Link key="name" href={href(project.id)}>
            {project.name}
          </Link>,
          project.owner?.name ?? t('common.notSet'),
          project.sources.join(', '),
          formatKronor(project.budgetTotal, i18n.language),
          t(`funding.projectStatus.${project.status}`),
        ],
      }))}
    />
  );
}
