import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  conflictText,
  FormField,
  FormSelect,
  FormTextField,
  NotPermittedPage,
  refetched,
  ServerForm,
  VersionedEdit,
  type SessionFormStart,
} from '../../../components';
import { Alert, listItemsOf, OrderedListEditor, PageHeading, Select, type ListItem } from '../../../design-system';
import { etagOfVersion } from '../../../lib/api';
import { useAgreement } from '../api/getAgreement';
import { usePutPriority } from '../api/putPriority';
import { useProposingForums } from '../api/getProposingForums';
import { useRemovePriority } from '../api/removePriority';
import { ActionError, useActionErrorText } from '../components/ActionError';
import { ConfirmAction } from '../../../components';
import { labelField } from '../components/fieldLabels';
import { defaultFocusYear } from '../components/focus';
import { BackToAgreement, WithAgreement } from '../components/WithAgreement';
import type { GoalArea, YearlyPriority } from '../types';
import { toAgreement } from '../../../lib/links';
import { goalAreaName } from '../components/format';
import '../styles.css';

const routeApi = getRouteApi('/agreements/$id/goal-areas/$goalAreaId/focus');

const FORM = 'focus';
const fields = ['points', 'proposedByForumId', 'decidedBy', 'decidedOn'] as const;

/** What the focus form edits. */
type FocusValues = {
  points: ListItem[];
  proposedByForumId: string | null;
  decidedBy: string;
  decidedOn: string;
};

/**
 * The year's focus as an edit snapshot; a year without one starts empty, without an ETag: it is created only if it is
 * still absent, so one someone else created meanwhile becomes the conflict screen like any other newer version.
 */
function focusSnapshot(priority: YearlyPriority | undefined) {
  return {
    input: {
      points: listItemsOf(priority?.points ?? ['']),
      proposedByForumId: priority?.proposedBy?.id ?? null,
      decidedBy: priority?.decidedBy ?? '',
      decidedOn: priority?.decidedOn ?? '',
    },
    etag: priority ? etagOfVersion(priority.version) : '',
  };
}

/**
 * The form over the version of the year's focus it was opened with (even when the agreement is read again in the
 * background): when someone else saved meanwhile (412), the conflict screen shows what they changed, to re-apply
 * mine onto their version or start again from it.
 */
function EditFocus({
  agreementId,
  countyCode,
  goalArea,
  year,
  priority,
  readAgain,
}: {
  agreementId: string;
  countyCode: string;
  goalArea: GoalArea;
  year: number;
  /** The year's focus as it was read, when there is one. */
  priority: YearlyPriority | undefined;
  /** Reads the year's focus again. */
  readAgain: () => Promise<YearlyPriority | undefined>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const put = usePutPriority();
  const forums = useProposingForums(countyCode);
  const forumOptions = (forums.data?.items ?? []).map((forum) => ({ id: forum.id, label: forum.name }));
  const name = goalAreaName(goalArea);
  const labels = Object.fromEntries(fields.map((field) => [field, t(`agreements.focus.fields.${field}`)]));
  return (
    <VersionedEdit
      read={priority}
      readAgain={readAgain}
      snapshotOf={focusSnapshot}
      save={async (values, etag) => {
        await put.mutateAsync({
          agreementId,
          goalAreaId: goalArea.id,
          year,
          etag: etag || undefined,
          input: {
            points: values.points.map((item) => item.value.trim()),
            proposedByForumId: values.proposedByForumId ?? undefined,
            decidedBy: values.decidedBy.trim() || undefined,
            decidedOn: values.decidedOn || undefined,
          },
        });
        await navigate({
          to: '/agreements/$id',
          params: { id: agreementId },
          state: (previous) => ({
            ...previous,
            notice: { key: 'agreements.notice.focusSaved', values: { year, name } },
          }),
        });
      }}
      fields={fields}
      labelOf={(field) => labels[field] ?? field}
      describe={(field, value) =>
        field === 'proposedByForumId'
          ? (forumOptions.find((forum) => forum.id === value)?.label ?? conflictText(value))
          : conflictText(value)
      }
      renderForm={(start, session) => (
        <FocusForm
          {...start}
          agreementId={agreementId}
          year={year}
          labels={labels}
          forumOptions={forumOptions}
          onSave={session.submit}
        />
      )}
    />
  );
}

function FocusForm({
  agreementId,
  year,
  labels,
  forumOptions,
  initialInput,
  onSave,
  ...start
}: SessionFormStart<FocusValues> & {
  agreementId: string;
  year: number;
  labels: Record<string, string>;
  forumOptions: { id: string; label: string }[];
  onSave: (values: FocusValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const describeError = useActionErrorText();
  const [points, setPoints] = useState(initialInput.points);
  const [decidedBy, setDecidedBy] = useState(initialInput.decidedBy);
  const [decidedOn, setDecidedOn] = useState(initialInput.decidedOn);
  const [proposedBy, setProposedBy] = useState(initialInput.proposedByForumId);
  const labelOf = (field: string) =>
    labelField(field, labels, (list, n) => (list === 'points' ? t('agreements.focus.point', { n }) : undefined));
  return (
    <ServerForm
      form={FORM}
      fields={fields}
      labelOf={labelOf}
      describeError={describeError}
      {...start}
      requiredHint={false}
      submitLabel={t('agreements.focus.save', { year })}
      cancelHref={toAgreement({ id: agreementId })}
      onSubmit={() => onSave({ points, proposedByForumId: proposedBy, decidedBy, decidedOn })}
    >
      <FormField form={FORM} name="points">
        <OrderedListEditor
          name="points"
          items={points}
          onChange={setPoints}
          labels={{
            legend: t('agreements.focus.fields.points'),
            description: t('agreements.focus.pointsHint', { year }),
            item: (n) => t('agreements.focus.point', { n }),
            add: t('agreements.focus.addPoint'),
            moveUp: t('agreements.form.moveUp'),
            moveDown: t('agreements.form.moveDown'),
            remove: t('agreements.form.remove'),
            moved: (from, to, count) => t('agreements.focus.pointMoved', { from, to, count }),
            added: (n) => t('agreements.focus.pointAdded', { n }),
            removed: (n) => t('agreements.focus.pointRemoved', { n }),
            empty: t('agreements.focus.noPoints'),
          }}
        />
      </FormField>
      <FormSelect
        name="proposedByForumId"
        label={t('agreements.focus.fields.proposedByForumId')}
        description={t('agreements.focus.proposedByHint')}
        emptyOption={t('agreements.focus.noProposer')}
        options={forumOptions}
        value={proposedBy}
        onChange={setProposedBy}
      />
      <p className="muted">{t('agreements.focus.recordedIntro')}</p>
      <FormTextField
        name="decidedBy"
        label={t('agreements.focus.fields.decidedBy')}
        description={t('agreements.focus.decidedByHint')}
        value={decidedBy}
        onChange={setDecidedBy}
      />
      <FormTextField
        name="decidedOn"
        type="date"
        label={t('agreements.focus.fields.decidedOn')}
        value={decidedOn}
        onChange={setDecidedOn}
      />
    </ServerForm>
  );
}

/** Set a goal area's "särskilt fokus" for one year: ordered points, who decided and when. */
export function FocusPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id, goalAreaId } = routeApi.useParams();
  const search = routeApi.useSearch();
  const query = useAgreement(id);
  const remove = useRemovePriority();
  const [removeError, setRemoveError] = useState<{ error: unknown; seq: number } | null>(null);

  return (
    <WithAgreement id={id}>
      {({ agreement }) => {
        if (!agreement.permissions.editPriorities) return <NotPermittedPage />;
        const goalArea = agreement.goalAreas.find((candidate) => candidate.id === goalAreaId);
        if (!goalArea) {
          return (
            <>
              <BackToAgreement id={agreement.id} title={agreement.title} />
              <PageHeading>{t('agreements.goalArea.notFound')}</PageHeading>
            </>
          );
        }
        const year =
          search.year && search.year >= agreement.firstYear && search.year <= agreement.lastYear
            ? search.year
            : defaultFocusYear(agreement.firstYear, agreement.lastYear, new Date().getFullYear());
        const priority = goalArea.priorities.find((candidate) => candidate.year === year);
        const name = goalAreaName(goalArea);
        const years = [];
        for (let y = agreement.lastYear; y >= agreement.firstYear; y -= 1)
          years.push({ id: String(y), label: String(y) });
        return (
          <>
            <BackToAgreement id={agreement.id} title={agreement.title} />
            <PageHeading>{t('agreements.focus.title', { name })}</PageHeading>
            <p>{t('agreements.focus.intro')}</p>
            {removeError && <ActionError key={removeError.seq} error={removeError.error} />}
            <div className="form">
              <Select
                label={t('agreements.focus.year')}
                description={t('agreements.focus.yearHint', { first: agreement.firstYear, last: agreement.lastYear })}
                options={years}
                value={String(year)}
                onChange={(chosen) =>
                  void navigate({
                    to: '/agreements/$id/goal-areas/$goalAreaId/focus',
                    params: { id: agreement.id, goalAreaId: goalArea.id },
                    search: { year: chosen ? Number(chosen) : undefined },
                    replace: true,
                  })
                }
              />
              <Alert
                tone="info"
                title={priority ? t('agreements.focus.existing', { year }) : t('agreements.focus.none', { year })}
              />
            </div>
            {priority?.status === 'DECIDED' ? (
              <Alert tone="info" title={t('agreements.focus.decidedTitle', { year })}>
                <p>{t('agreements.focus.decidedText')}</p>
              </Alert>
            ) : (
              <EditFocus
                key={year}
                agreementId={agreement.id}
                countyCode={agreement.countyCode}
                goalArea={goalArea}
                year={year}
                priority={priority}
                readAgain={async () =>
                  (await refetched(query)).agreement.goalAreas
                    .find((candidate) => candidate.id === goalArea.id)
                    ?.priorities.find((candidate) => candidate.year === year)
                }
              />
            )}
            {priority && priority.status !== 'DECIDED' && (
              <section aria-labelledby="focus-remove" className="danger-zone">
                <h2 id="focus-remove">{t('agreements.focus.removeTitle', { year })}</h2>
                <p>{t('agreements.focus.removeText')}</p>
                <ConfirmAction
                  label={t('agreements.focus.remove', { year })}
                  title={t('agreements.focus.confirmRemove', { year, name })}
                  confirmLabel={t('agreements.focus.remove', { year })}
                  action={() =>
                    remove.mutateAsync({
                      agreementId: agreement.id,
                      goalAreaId: goalArea.id,
                      year,
                      etag: etagOfVersion(priority.version),
                    })
                  }
                  onDone={({ error }) => {
                    if (error) setRemoveError({ error, seq: (removeError?.seq ?? 0) + 1 });
                    else
                      void navigate({
                        to: '/agreements/$id',
                        params: { id: agreement.id },
                        state: (previous) => ({
                          ...previous,
                          notice: { key: 'agreements.notice.focusRemoved', values: { year, name } },
                        }),
                      });
                  }}
                />
              </section>
            )}
          </>
        );
      }}
    </WithAgreement>
  );
}
