import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EditSessionView, NotPermittedPage, PageNotLoaded, useEditSession } from '../../../components';
import { PageHeading } from '../../../design-system';
import { plainText } from '../../../lib/format';
import { toFundingProject, toFundingProjects } from '../../../lib/links';
import { useCreateProject } from '../api/createProject';
import { fetchProject, useProject, type VersionedProject } from '../api/getProject';
import { useSummary } from '../api/getSummary';
import { useUpdateProject } from '../api/updateProject';
import { ProjectForm, projectFields, projectInputOf, useProjectFieldLabel } from '../components/ProjectForm';
import { projectStatuses, type ProjectInput, type TargetGroup } from '../types';
import '../styles.css';

const newRoute = getRouteApi('/funding/projects/new');
const editRoute = getRouteApi('/funding/projects/$id/edit');

/** Register a project funded elsewhere (not through a call here): the county's coordinator. */
export function NewProjectPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { county } = newRoute.useSearch();
  const summary = useSummary({ county });
  const create = useCreateProject();
  if (!summary.isSuccess) return <PageNotLoaded query={summary} notFoundTitle={t('funding.title')} />;
  if (!county || !summary.data.permissions.createProject) return <NotPermittedPage />;
  return (
    <>
      <PageHeading>{t('funding.projectForm.newTitle')}</PageHeading>
      <ProjectForm
        initialInput={{ name: '', countyCode: county, status: 'ONGOING' }}
        submitLabel={t('funding.projectForm.create')}
        cancelHref={toFundingProjects({ county })}
        onSubmit={async (input) => {
          const project = await create.mutateAsync(input);
          await navigate({ href: toFundingProject({ id: project.id }) });
        }}
      />
    </>
  );
}

/** Change a project: its owner's members or the county's coordinator; the conflict screen on a stale version. */
export function EditProjectPage() {
  const { t } = useTranslation();
  const { id } = editRoute.useParams();
  const query = useProject(id);
  if (!query.isSuccess)
    return (
      <PageNotLoaded
        query={query}
        notFoundTitle={t('funding.project.notFound')}
        back={{ href: toFundingProjects(), label: t('funding.projects.all') }}
      />
    );
  if (!query.data.project.permissions.update) return <NotPermittedPage />;
  return (
    <>
      <PageHeading>{t('funding.projectForm.editTitle', { name: query.data.project.name })}</PageHeading>
      <EditProjectForm versioned={query.data} />
    </>
  );
}

function EditProjectForm({ versioned }: { versioned: VersionedProject }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateProject();
  const labelOf = useProjectFieldLabel();
  const { project } = versioned;
  const id = project.id;
  const session = useEditSession<ProjectInput>({
    initial: { input: projectInputOf(project), etag: versioned.etag },
    fetchLatest: async () => {
      const latest = await fetchProject(id);
      return { input: projectInputOf(latest.project), etag: latest.etag };
    },
    save: async (input, etag) => {
      await update.mutateAsync({ id, etag, input });
      await navigate({ href: toFundingProject({ id }) });
    },
  });
  return (
    <EditSessionView
      session={session}
      fields={projectFields}
      labelOf={labelOf}
      describe={(field, value) => {
        if (value === undefined || value === null) return '';
        const status = projectStatuses.find((s) => s === value);
        if (status) return t(`funding.projectStatus.${status}`);
        if (field === 'ownerOrganisationId') return value === project.owner?.id ? project.owner.name : plainText(value);
        if (field === 'targetGroups') return (value as TargetGroup[]).map((g) => t(`targetGroup.${g}`)).join(', ');
        if (field === 'budget')
          return (value as NonNullable<ProjectInput['budget']>)
            .map((line) => `${String(line.year)}: ${line.amount ?? '–'}`)
            .join('\n');
        if (Array.isArray(value)) return t('funding.applicationForm.linked', { count: value.length });
        return plainText(value);
      }}
      renderForm={(start) => (
        <ProjectForm
          {...start}
          known={project.links}
          owner={project.owner}
          partners={project.partners}
          submitLabel={t('funding.projectForm.save')}
          cancelHref={toFundingProject({ id })}
          onSubmit={session.submit}
        />
      )}
    />
  );
}
