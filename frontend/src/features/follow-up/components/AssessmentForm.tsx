import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormField,
  FormRadioGroup,
  FormRepeatingGroup,
  FormTextArea,
  ServerForm,
  type SessionFormStart,
} from '../../../components';
import { Button, SearchComboBox, Select, TextField } from '../../../design-system';
import { useFundingProjectName, useFundingProjectOptions } from '../api/getFundingProjects';
import { useCountyMunicipalities } from '../api/getMunicipalities';
import { conflictText, useOrganisationOptions } from '../../../components';
import { usePlanActivities } from '../api/getPlanActivities';
import { goalStatuses, type Assessment, type GoalStatus } from '../types';
import { useFollowUpErrorText } from './ActionError';
import {
  cellKey,
  cellsOf,
  activityFromPlan,
  newActivity,
  toAssessmentInput,
  type ActivityItem,
  type AssessmentFormValues,
} from './assessmentForm';

const FORM = 'assessment';

/** The registered project an activity comes from, instead of (or besides) the funding text; found by its name. */
function ActivityProject({
  item,
  name,
  update,
}: {
  item: ActivityItem;
  name: string;
  update: (changes: Partial<ActivityItem>) => void;
}) {
  const { t } = useTranslation();
  // The stored project's name is read once, before the field shows it; a project chosen here brings its own.
  const [storedId] = useState(item.projectId);
  const stored = useFundingProjectName(storedId);
  if (storedId && stored.isPending) return null;
  return (
    <SearchComboBox
      label={t('followUp.assessment.activity.project')}
      description={t('followUp.assessment.projectHint')}
      name={name}
      emptyText={t('followUp.assessment.noProjects')}
      value={item.projectId}
      valueLabel={item.projectId === storedId ? (stored.data ?? '') : ''}
      useOptions={useFundingProjectOptions}
      onChange={(projectId) => update({ projectId })}
    />
  );
}
const fields = ['status', 'situation', 'activities', 'indicatorValues'] as const;

/** Takes an activity of the action plan (for this goal area) into the assessment instead of typing it again. */
function FromPlan({
  agreementId,
  goalAreaId,
  taken,
  onTake,
}: {
  agreementId: string;
  goalAreaId: string;
  taken: readonly ActivityItem[];
  onTake: (item: ActivityItem) => void;
}) {
  const { t } = useTranslation();
  const plan = usePlanActivities(agreementId, goalAreaId);
  const [chosen, setChosen] = useState<string | null>(null);
  const open = (plan.data ?? []).filter((activity) => !taken.some((item) => item.planActivityId === activity.id));
  if (open.length === 0) return null;
  const activity = open.find((a) => a.id === chosen);
  return (
    <div className="activity-from-plan">
      <Select
        label={t('followUp.assessment.fromPlan')}
        description={t('followUp.assessment.fromPlanHint')}
        placeholder={t('followUp.assessment.fromPlanPlaceholder')}
        options={open.map((a) => ({ id: a.id, label: `${a.title} (${a.owner.name})` }))}
        value={activity ? activity.id : null}
        onChange={setChosen}
      />
      <Button
        isDisabled={!activity}
        onPress={() => {
          if (activity) onTake(activityFromPlan(activity));
          setChosen(null);
        }}
      >
        {t('followUp.assessment.takeFromPlan')}
      </Button>
    </div>
  );
}

function ActivityOrganisations({
  item,
  update,
}: {
  item: ActivityItem;
  update: (changes: Partial<ActivityItem>) => void;
}) {
  const { t } = useTranslation();
  const [resetCount, setResetCount] = useState(0);
  return (
    <div className="activity-organisations">
      {item.organisations.length > 0 && (
        <ul aria-label={t('followUp.assessment.activityOrganisations')}>
          {item.organisations.map((organisation) => (
            <li key={organisation.id}>
              {organisation.label}{' '}
              <Button
                variant="quiet"
                onPress={() => update({ organisations: item.organisations.filter((o) => o.id !== organisation.id) })}
              >
                {t('followUp.assessment.removeOrganisation')}
                <span className="visually-hidden"> {organisation.label}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <SearchComboBox
        key={resetCount}
        label={t('followUp.assessment.addOrganisation')}
        emptyText={t('followUp.assessment.noOrganisations')}
        value={null}
        valueLabel=""
        useOptions={useOrganisationOptions}
        onChange={(id, label) => {
          if (id && !item.organisations.some((o) => o.id === id))
            update({ organisations: [...item.organisations, { id, label }] });
          if (id) setResetCount((count) => count + 1);
        }}
      />
    </div>
  );
}

/** The fields of the conflict screen, in the form's order (the value cells as one field). */
export const assessmentConflictFields = ['status', 'situation', 'activities', 'values'] as const;

/** A value cell in words: the indicator, the municipality (by name) and the gender. */
function useCellLabel(indicators: Assessment['indicators'], countyCode: string | undefined) {
  const { t } = useTranslation();
  const municipalities = useCountyMunicipalities(countyCode);
  const municipalityName = (code: string) => municipalities.data?.find((m) => m.code === code)?.name ?? code;
  return (key: string) => {
    const [indicatorId, municipalityCode, gender] = key.split('|');
    const indicator = indicators.find((i) => i.id === indicatorId);
    return [
      indicator?.name,
      municipalityCode ? municipalityName(municipalityCode) : undefined,
      t(`followUp.gender.${gender}` as never),
    ]
      .filter(Boolean)
      .join(', ');
  };
}

/** The conflict screen's labels and values in words: the status by name, activities by title, values by cell. */
export function useAssessmentConflictText(indicators: Assessment['indicators'], countyCode: string | undefined) {
  const { t } = useTranslation();
  const cellLabel = useCellLabel(indicators, countyCode);
  const labelOf = (field: string) =>
    t(`followUp.fields.${field === 'values' ? 'indicatorValues' : field}` as 'followUp.fields.status');
  const describe = (field: string, value: unknown) => {
    if (field === 'status') return value ? t(`followUp.goalStatus.${value as GoalStatus}`) : '';
    if (field === 'activities') return (value as ActivityItem[]).map((activity) => activity.title).join('\n');
    if (field === 'values')
      return Object.entries(value as AssessmentFormValues['values'])
        .filter(([, text]) => text.trim() !== '')
        .map(([key, text]) => `${cellLabel(key)}: ${text}`)
        .join('\n');
    return conflictText(value);
  };
  return { labelOf, describe };
}

/**
 * The party's assessment of a goal area: status, the situation (Läget), activities and indicator values. "Spara
 * utkast" saves; "Lämna in" saves and then submits for review (`onSave` says which).
 */
export function AssessmentForm({
  assessment,
  countyCode,
  initialInput,
  initialError,
  notice,
  onSave,
  onChange,
}: SessionFormStart<AssessmentFormValues> & {
  assessment: Assessment;
  countyCode: string | undefined;
  /** Saves the draft (throws when refused); handing in then submits it, answering a submission refused. */
  onSave: (values: AssessmentFormValues, intent: 'save' | 'submit') => Promise<{ refused: unknown } | undefined>;
  /** Any change in the form (a saved notice no longer holds). */
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const describe = useFollowUpErrorText();
  const municipalities = useCountyMunicipalities(countyCode);
  const cellLabel = useCellLabel(assessment.indicators, countyCode);
  const [values, setValues] = useState<AssessmentFormValues>(initialInput);
  // Where each value cell was in the list last sent, so the server's errors find their field.
  const [positions, setPositions] = useState<Partial<Record<string, number>>>(() =>
    initialError ? toAssessmentInput(initialInput, assessment.indicators).positions : {},
  );
  const intent = useRef<'save' | 'submit'>('save');
  // A handing in refused after its draft was saved: the form starts again over what it holds (so nothing counts as
  // unsaved) and shows why.
  const [refused, setRefused] = useState<{ error: unknown; count: number }>();
  const change = (changes: Partial<AssessmentFormValues>) => {
    onChange();
    setValues((current) => ({ ...current, ...changes }));
  };

  const labelOf = (field: string) => {
    const activity = /^activities\[(\d+)\]\.?(\w*)/.exec(field);
    if (activity) {
      const part = activity[2]
        ? `: ${t(`followUp.assessment.activity.${activity[2]}` as 'followUp.assessment.activity.title')}`
        : '';
      return `${t('followUp.assessment.activityItem', { position: Number(activity[1]) + 1 })}${part}`;
    }
    const value = /^indicatorValues\[(\d+)\]/.exec(field);
    if (value) {
      const key = Object.entries(positions).find(([, index]) => index === Number(value[1]))?.[0];
      return key ? cellLabel(key) : t('followUp.fields.indicatorValues');
    }
    return t(`followUp.fields.${field}` as never);
  };

  const onSubmit = async () => {
    const wanted = intent.current;
    intent.current = 'save';
    setPositions(toAssessmentInput(values, assessment.indicators).positions);
    const outcome = await onSave(values, wanted);
    if (outcome) setRefused({ error: outcome.refused, count: (refused?.count ?? 0) + 1 });
  };

  return (
    <>
      <ServerForm
        key={refused?.count}
        form={FORM}
        fields={fields}
        labelOf={labelOf}
        submitLabel={t('followUp.assessment.saveDraft')}
        describeError={describe}
        notice={refused ? undefined : notice}
        initialError={refused ? refused.error : initialError}
        requiredHint={false}
        onSubmit={onSubmit}
        extraActions={
          assessment.permissions.submit ? (
            <Button type="submit" variant="secondary" onPressStart={() => (intent.current = 'submit')}>
              {t('followUp.assessment.submit')}
            </Button>
          ) : undefined
        }
      >
        <p>{t('followUp.assessment.submitHint')}</p>
        <FormRadioGroup
          name="status"
          label={t('followUp.fields.status')}
          value={values.status}
          onChange={(status) => change({ status: status as AssessmentFormValues['status'] })}
          options={goalStatuses.map((status) => ({ id: status, label: t(`followUp.goalStatus.${status}`) }))}
        />
        <FormTextArea
          name="situation"
          label={t('followUp.fields.situation')}
          description={t('followUp.assessment.situationHint')}
          value={values.situation}
          onChange={(situation) => change({ situation })}
        />
        <FormRepeatingGroup
          name="activities"
          items={values.activities}
          onChange={(activities) => change({ activities })}
          newItem={newActivity}
          labels={{
            legend: t('followUp.fields.activities'),
            description: t('followUp.assessment.activitiesHint'),
            item: (position) => t('followUp.assessment.activityItem', { position }),
            add: t('followUp.assessment.addActivity'),
            remove: t('followUp.assessment.removeActivity'),
            added: (position) => t('followUp.assessment.activityAdded', { position }),
            removed: (position) => t('followUp.assessment.activityRemoved', { position }),
            empty: t('followUp.assessment.noActivities'),
          }}
          renderItem={(item, entry) => (
            <>
              {entry.text('title', { label: t('followUp.assessment.activity.title'), isRequired: true })}
              {entry.textArea('description', { label: t('followUp.assessment.activity.description'), rows: 3 })}
              <ActivityOrganisations item={item} update={entry.update} />
              {entry.textArea('result', { label: t('followUp.assessment.activity.result'), rows: 3 })}
              {entry.text('fundingSource', {
                label: t('followUp.assessment.activity.fundingSource'),
                description: t('followUp.assessment.fundingSourceHint'),
              })}
              <ActivityProject item={item} name={entry.name('projectId')} update={entry.update} />
              {item.planActivityId && <p className="muted">{t('followUp.assessment.takenFromPlan')}</p>}
            </>
          )}
        />
        <FromPlan
          agreementId={assessment.agreement.id}
          goalAreaId={assessment.goalArea.id}
          taken={values.activities}
          onTake={(item) => change({ activities: [...values.activities, item] })}
        />
        <FormField form={FORM} name="indicatorValues">
          <fieldset className="indicator-values">
            <legend>{t('followUp.assessment.valuesLegend', { year: assessment.year })}</legend>
            {assessment.indicators.length === 0 && <p>{t('followUp.assessment.noIndicators')}</p>}
            {assessment.indicators.map((indicator) => {
              const shown = values.municipalities[indicator.id] ?? [];
              const cells = cellsOf(indicator, values.municipalities);
              return (
                <fieldset key={indicator.id} className="indicator-value-group">
                  <legend>{`${indicator.name} (${indicator.unit})`}</legend>
                  {cells.map((cell) => {
                    const key = cellKey(cell);
                    return (
                      <TextField
                        key={key}
                        label={cellLabel(key)}
                        name={
                          positions[key] === undefined ? `value-${key}` : `indicatorValues[${positions[key]}].value`
                        }
                        inputMode="decimal"
                        value={values.values[key] ?? ''}
                        onChange={(text) => change({ values: { ...values.values, [key]: text } })}
                      />
                    );
                  })}
                  {indicator.scope === 'MUNICIPALITY' && (
                    <Select
                      label={t('followUp.assessment.addMunicipality', { name: indicator.name })}
                      emptyOption={t('followUp.assessment.chooseMunicipality')}
                      value={null}
                      options={(municipalities.data ?? [])
                        .filter((m) => !shown.includes(m.code))
                        .map((m) => ({ id: m.code, label: m.name }))}
                      onChange={(code) => {
                        if (code)
                          change({ municipalities: { ...values.municipalities, [indicator.id]: [...shown, code] } });
                      }}
                    />
                  )}
                </fieldset>
              );
            })}
          </fieldset>
        </FormField>
      </ServerForm>
    </>
  );
}
