import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  conflictText,
  EditSessionView,
  FormField,
  ServerForm,
  useErrorMessage,
  useVersionedEdit,
  type Snapshot,
  type SessionFormStart,
} from '../../../components';
import { Alert, CheckboxGroup } from '../../../design-system';
import { agreementGoalAreasQuery, useAgreementGoalAreas } from '../api/getGoalAreaChoices';
import type { VersionedProject } from '../api/getProject';
import { useQualifyResponsibilities } from '../api/qualifyResponsibilities';
import type { Project } from '../types';

const FORM = 'qualify';
const fields = ['responsibilityIds'] as const;
type QualifyValues = { responsibilityIds: string[] };

/** The responsibilities the project qualifies, as an edit snapshot with the ETag of the project's version. */
function qualifySnapshot({ project, etag }: VersionedProject): Snapshot<QualifyValues> {
  return { input: { responsibilityIds: project.responsibilities.map((r) => r.id) }, etag };
}

/** The agreements whose responsibilities are offered: those of the goal areas served and of those already chosen. */
function agreementIdsOf(project: Project): string[] {
  return [
    ...new Set([
      ...project.links.goalAreas.map((area) => area.agreementId),
      ...project.responsibilities.map((r) => r.agreementId),
    ]),
  ];
}

type GoalAreas = NonNullable<ReturnType<typeof useAgreementGoalAreas>['data']>['goalAreas'];

/** A responsibility in words, as its checkbox says it: the goal area, who bears it, the qualifier. */
function useResponsibilityLabel() {
  const { t } = useTranslation();
  return (area: GoalAreas[number], r: GoalAreas[number]['responsibilities'][number]) =>
    `${area.number ? `${area.number} ` : ''}${area.title}: ${
      r.organisation?.name ?? r.collectiveParty ?? t('funding.qualify.allOtherSignatories')
    }${r.qualifier ? ` (${r.qualifier})` : ''}`;
}

/**
 * "… genom projekt …": the coordinator points responsibilities of the agreements the project serves at the project;
 * the link is by id, so renaming the project or the party keeps it. Saved with the project's version: when someone
 * else saved the project meanwhile (412), the conflict screen shows their choice beside mine, to re-apply mine onto
 * their version or start again from it.
 */
export function QualifyResponsibilities({
  versioned,
  readAgain,
}: {
  versioned: VersionedProject;
  /** Reads the project again (e.g. `() => refetched(query)`). */
  readAgain: () => Promise<VersionedProject>;
}) {
  const { t } = useTranslation();
  const qualify = useQualifyResponsibilities();
  const [saved, setSaved] = useState(false);
  const { project } = versioned;
  const agreementIds = agreementIdsOf(project);
  const labelOfResponsibility = useResponsibilityLabel();
  // The same queries as the checkboxes (cached): the names of the responsibilities for the conflict screen.
  const agreements = useQueries({ queries: agreementIdsOf(project).map((id) => agreementGoalAreasQuery(id)) });
  const names = new Map<string, string>(
    project.responsibilities.map((r) => [
      r.id,
      `${r.goalAreaLabel}: ${r.organisationName ?? ''}${r.qualifier ? ` ${r.qualifier}` : ''}`,
    ]),
  );
  for (const agreement of agreements)
    for (const area of agreement.data?.goalAreas ?? [])
      for (const r of area.responsibilities) names.set(r.id, labelOfResponsibility(area, r));
  const session = useVersionedEdit({
    read: versioned,
    readAgain,
    snapshotOf: qualifySnapshot,
    save: async ({ responsibilityIds }, etag) => {
      const updated = await qualify.mutateAsync({ id: project.id, etag, responsibilityIds });
      setSaved(true);
      return qualifySnapshot(updated);
    },
  });
  return (
    <section aria-labelledby="qualify">
      <h2 id="qualify">{t('funding.qualify.title')}</h2>
      <p>{t('funding.qualify.intro')}</p>
      {agreementIds.length === 0 ? (
        <p>{t('funding.qualify.noAgreements')}</p>
      ) : (
        <>
          {saved && <Alert tone="success" title={t('funding.qualify.saved')} />}
          <EditSessionView
            session={session}
            fields={fields}
            labelOf={() => t('funding.qualify.field')}
            describe={(_, value) =>
              Array.isArray(value)
                ? value.map((id: unknown) => (typeof id === 'string' ? (names.get(id) ?? id) : '')).join('\n')
                : conflictText(value)
            }
            renderForm={(start) => (
              <QualifyForm
                {...start}
                agreementIds={agreementIds}
                onChange={() => setSaved(false)}
                onSave={async (values) => {
                  setSaved(false);
                  await session.submit(values);
                }}
              />
            )}
          />
        </>
      )}
    </section>
  );
}

function QualifyForm({
  agreementIds,
  initialInput,
  onChange,
  onSave,
  ...start
}: SessionFormStart<QualifyValues> & {
  agreementIds: readonly string[];
  onChange: () => void;
  onSave: (values: QualifyValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [chosen, setChosen] = useState(initialInput.responsibilityIds);
  return (
    <ServerForm
      form={FORM}
      fields={fields}
      labelOf={() => t('funding.qualify.field')}
      {...start}
      requiredHint={false}
      describeError={(error) => ({ title: t('funding.refused'), text: message(error) })}
      submitLabel={t('funding.qualify.save')}
      onSubmit={() => onSave({ responsibilityIds: chosen })}
    >
      <FormField form={FORM} name="responsibilityIds">
        {agreementIds.map((agreementId) => (
          <AgreementResponsibilities
            key={agreementId}
            agreementId={agreementId}
            chosen={chosen}
            onChange={(ids) => {
              setChosen(ids);
              onChange();
            }}
          />
        ))}
      </FormField>
    </ServerForm>
  );
}

/** One agreement's responsibilities as checkboxes; choices in other agreements are kept. */
function AgreementResponsibilities({
  agreementId,
  chosen,
  onChange,
}: {
  agreementId: string;
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  const agreement = useAgreementGoalAreas(agreementId);
  const labelOf = useResponsibilityLabel();
  if (!agreement.isSuccess) return null;
  const options = agreement.data.goalAreas.flatMap((area) =>
    area.responsibilities.map((r) => ({ id: r.id, label: labelOf(area, r) })),
  );
  const mine = new Set(options.map((o) => o.id));
  if (options.length === 0) return null;
  return (
    <CheckboxGroup
      label={agreement.data.title}
      options={options}
      value={chosen.filter((id) => mine.has(id))}
      onChange={(ids) => onChange([...chosen.filter((id) => !mine.has(id)), ...ids])}
    />
  );
}
