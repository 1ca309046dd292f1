import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActionError,
  ConfirmAction,
  Loaded,
  useFieldLabels,
  VersionedEdit,
  type SessionFormStart,
} from '../../../components';
import {
  Alert,
  Badge,
  Button,
  Disclosure,
  Link,
  LinkButton,
  PageHeading,
  Select,
  TextField,
} from '../../../design-system';
import { formatDate } from '../../../lib/format';
import { toActionPlan, toAgreement } from '../../../lib/links';
import { useAddArea } from '../api/addArea';
import { useAddFinding } from '../api/addFinding';
import { useChangeAreaStatus } from '../api/changeAreaStatus';
import { useAnalysis, useLatestAnalysis } from '../api/getAnalysis';
import { useRemoveArea } from '../api/removeArea';
import { useRemoveFinding } from '../api/removeFinding';
import { useScoreArea } from '../api/scoreArea';
import { useUpdateArea } from '../api/updateArea';
import { useUpdateFinding } from '../api/updateFinding';
import { AreaForm, areaFields, areaValuesOf, toAreaInput, useAreaValueText } from '../components/AreaForm';
import {
  FindingForm,
  findingFields,
  findingValuesOf,
  toFindingInput,
  useFindingValueText,
} from '../components/FindingForm';
import { PartGoneWarning, PartsGone, usePartGone } from '../components/PartsGone';
import { partVersion } from '../components/partVersion';
import { ScoreMatrix } from '../components/ScoreMatrix';
import type { Analysis, Area, GapFinding } from '../types';
import '../styles.css';

const routeApi = getRouteApi('/agreements/$id/areas-of-action');

const SCORES = ['1', '2', '3', '4', '5'] as const;

/** Gap analyses per target group and the possible areas of action: scored in a matrix (and a table), then chosen. */
export function AnalysisPage() {
  const { id } = routeApi.useParams();
  const analysis = useAnalysis(id);
  return <Loaded query={analysis}>{(data) => <AnalysisView analysis={data} />}</Loaded>;
}

function groupByTarget<T extends { targetGroup?: string | null }>(items: readonly T[]) {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = item.targetGroup ?? '';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()];
}

function AnalysisView({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation();
  const agreementId = analysis.agreement.id;
  const numbered = analysis.areas.map((area, index) => ({ area, number: index + 1 }));
  const latest = useLatestAnalysis(agreementId);
  return (
    <PartsGone partIds={[...analysis.findings, ...analysis.areas].map((part) => part.id)} refresh={latest.refresh}>
      <PageHeading>{t('strategy.analysis.title', { title: analysis.agreement.title })}</PageHeading>
      <p>
        <Link href={toAgreement({ id: agreementId })}>{t('strategy.backToAgreement')}</Link>
      </p>
      <PartGoneWarning />

      <h2>{t('strategy.analysis.gaps')}</h2>
      {analysis.findings.length === 0 ? (
        <p>{t('strategy.analysis.noGaps')}</p>
      ) : (
        groupByTarget(analysis.findings).map(([group, findings]) => (
          <section key={group} className="target-group" aria-labelledby={`gaps-${group}`}>
            <h3 id={`gaps-${group}`}>{t(`targetGroup.${findings[0].targetGroup}`)}</h3>
            <ul>
              {findings.map((finding) => (
                <Finding key={finding.id} agreementId={agreementId} finding={finding} />
              ))}
            </ul>
          </section>
        ))
      )}
      {analysis.permissions.addFinding && <AddFinding agreementId={agreementId} />}

      <h2>{t('strategy.analysis.areas')}</h2>
      <p>{t('strategy.analysis.scoringHelp')}</p>
      <ScoreMatrix areas={numbered} />
      {analysis.areas.length === 0 ? (
        <p>{t('strategy.analysis.noAreas')}</p>
      ) : (
        <div className="area-table-wrap">
          <table className="area-table">
            <caption>{t('strategy.analysis.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('strategy.analysis.number')}</th>
                <th scope="col">{t('strategy.analysis.area')}</th>
                <th scope="col">{t('strategy.analysis.targetGroup')}</th>
                <th scope="col">{t('strategy.analysis.effect')}</th>
                <th scope="col">{t('strategy.analysis.feasibility')}</th>
                <th scope="col">{t('strategy.analysis.status')}</th>
                <th scope="col">{t('strategy.analysis.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {numbered.map(({ area, number }) => (
                <AreaRow key={area.id} analysis={analysis} area={area} number={number} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {analysis.areas.some((area) => area.status === 'CHOSEN') && (
        <p>
          <LinkButton href={toActionPlan({ id: agreementId })}>{t('strategy.analysis.toPlan')}</LinkButton>
        </p>
      )}
      {analysis.permissions.addArea && <AddArea agreementId={agreementId} />}
    </PartsGone>
  );
}

function Finding({ agreementId, finding }: { agreementId: string; finding: GapFinding }) {
  const { t, i18n } = useTranslation();
  const remove = useRemoveFinding(agreementId);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const short = finding.finding.length > 40 ? `${finding.finding.slice(0, 40)}…` : finding.finding;
  return (
    <li>
      {finding.example && <Badge tone="muted">{t('strategy.example')}</Badge>} {finding.finding}
      <span className="finding-source">
        {' '}
        ({[finding.source, formatDate(finding.foundOn, i18n.language)].filter(Boolean).join(', ')})
      </span>
      {finding.permissions.edit && (
        <Disclosure summary={t('strategy.finding.edit', { finding: short })}>
          <EditFinding agreementId={agreementId} finding={finding} />
        </Disclosure>
      )}
      {finding.permissions.delete && (
        <ConfirmAction
          label={t('strategy.finding.remove')}
          hiddenLabel={short}
          title={t('strategy.finding.removeTitle')}
          confirmLabel={t('strategy.finding.remove')}
          action={() => remove.mutateAsync({ findingId: finding.id, version: finding.version })}
          onDone={({ error }) => setRemoveError(error ?? null)}
        >
          <p>{t('strategy.finding.removeConfirm', { finding: finding.finding })}</p>
        </ConfirmAction>
      )}
      <ActionError error={removeError} title={t('strategy.refused')} focusOnMount />
    </li>
  );
}

/**
 * A finding's form over the version it was opened with: when someone else saved the finding meanwhile, the conflict
 * screen shows what they changed (see `partVersion`).
 */
function EditFinding({ agreementId, finding }: { agreementId: string; finding: GapFinding }) {
  const { t } = useTranslation();
  const update = useUpdateFinding(agreementId);
  const latest = useLatestAnalysis(agreementId);
  const labelOf = useFieldLabels(findingFields, 'strategy.finding.fields');
  const describe = useFindingValueText();
  const reportGone = usePartGone();
  return (
    <VersionedEdit
      {...partVersion({
        onGone: () => reportGone({ id: finding.id, text: t('strategy.gone.finding', { finding: finding.finding }) }),
        part: finding,
        latest,
        partsOf: (read) => read.findings,
        valuesOf: findingValuesOf,
        save: (values, etag) => update.mutateAsync({ findingId: finding.id, etag, body: toFindingInput(values) }),
      })}
      fields={findingFields}
      labelOf={labelOf}
      describe={describe}
      renderForm={(start, session) => (
        <FindingForm
          {...start}
          form={`finding-${finding.id}`}
          submitLabel={t('strategy.finding.save')}
          onSubmit={async (values) => {
            await session.submit(values);
            return false;
          }}
        />
      )}
    />
  );
}

/** A new finding of the gap analysis, for a target group. */
function AddFinding({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const add = useAddFinding(agreementId);
  const [added, setAdded] = useState(false);
  return (
    <Disclosure summary={t('strategy.finding.add')}>
      {added && <Alert tone="success" title={t('strategy.finding.added')} />}
      <FindingForm
        form="new-finding"
        submitLabel={t('strategy.finding.save')}
        onSubmit={async (values) => {
          setAdded(false);
          await add.mutateAsync(toFindingInput(values));
          setAdded(true);
          return true;
        }}
      />
    </Disclosure>
  );
}

function AreaRow({ analysis, area, number }: { analysis: Analysis; area: Area; number: number }) {
  const { t } = useTranslation();
  const agreementId = analysis.agreement.id;
  const remove = useRemoveArea(agreementId);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const choose = useChangeAreaStatus(agreementId);
  return (
    <tr>
      <td>{number}</td>
      <th scope="row">
        {area.example && <Badge tone="muted">{t('strategy.example')}</Badge>} {area.title}
      </th>
      <td>{area.targetGroup ? t(`targetGroup.${area.targetGroup}`) : t('common.notSet')}</td>
      <td>{area.effect ?? t('strategy.analysis.notScored')}</td>
      <td>{area.feasibility ?? t('strategy.analysis.notScored')}</td>
      <td>{t(`strategy.areaStatus.${area.status}`)}</td>
      <td className="area-table-actions">
        {area.permissions.score && <ScoreArea agreementId={agreementId} area={area} />}
        {area.permissions.statusChanges.map((target) => (
          <Button
            key={target}
            variant={target === 'CHOSEN' ? 'primary' : 'secondary'}
            isDisabled={choose.isPending}
            onPress={() => choose.mutate({ areaId: area.id, version: area.version, status: target })}
          >
            {t(target === 'CHOSEN' ? 'strategy.analysis.choose' : 'strategy.analysis.unchoose', { title: area.title })}
          </Button>
        ))}
        {area.permissions.edit && (
          <Disclosure summary={t('strategy.area.edit', { title: area.title })}>
            <EditArea analysis={analysis} area={area} />
          </Disclosure>
        )}
        {area.permissions.delete && (
          <ConfirmAction
            label={t('strategy.area.remove')}
            hiddenLabel={area.title}
            title={t('strategy.area.removeTitle', { title: area.title })}
            confirmLabel={t('strategy.area.remove')}
            action={() => remove.mutateAsync({ areaId: area.id, version: area.version })}
            onDone={({ error }) => setRemoveError(error ?? null)}
          >
            <p>{t('strategy.area.removeConfirm', { title: area.title })}</p>
          </ConfirmAction>
        )}
        <ActionError error={choose.error ?? removeError} title={t('strategy.refused')} focusOnMount />
      </td>
    </tr>
  );
}

const scoreFields = ['effect', 'feasibility'] as const;
type ScoreValues = { effect: string | null; feasibility: string | null };
const scoreOf = (value: number | undefined) => (value == null ? null : String(value));
const scoreValuesOf = (area: Area): ScoreValues => ({
  effect: scoreOf(area.effect),
  feasibility: scoreOf(area.feasibility),
});

/**
 * The working group's scores of an area over the version they were read with: when someone else scored or changed
 * the area meanwhile, the conflict screen shows their scores (see `partVersion`).
 */
function ScoreArea({ agreementId, area }: { agreementId: string; area: Area }) {
  const { t } = useTranslation();
  const score = useScoreArea(agreementId);
  const latest = useLatestAnalysis(agreementId);
  const labelOf = useFieldLabels(scoreFields, 'strategy.analysis');
  const reportGone = usePartGone();
  return (
    <VersionedEdit
      {...partVersion({
        onGone: () => reportGone({ id: area.id, text: t('strategy.gone.area', { title: area.title }) }),
        part: area,
        latest,
        partsOf: (read) => read.areas,
        valuesOf: scoreValuesOf,
        save: (values, etag) =>
          score.mutateAsync({
            areaId: area.id,
            etag,
            effect: Number(values.effect),
            feasibility: Number(values.feasibility),
          }),
      })}
      fields={scoreFields}
      labelOf={labelOf}
      renderForm={(start, session) => (
        <ScoreForm {...start} title={area.title} onSubmit={session.submit} onEdit={() => session.reportUnsaved(true)} />
      )}
    />
  );
}

function ScoreForm({
  title,
  initialInput,
  initialError,
  notice,
  onSubmit,
  onEdit,
}: SessionFormStart<ScoreValues> & {
  title: string;
  onSubmit: (values: ScoreValues) => Promise<void>;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initialInput);
  const [error, setError] = useState<unknown>(initialError ?? null);
  const [isSaving, setSaving] = useState(false);
  const options = SCORES.map((value) => ({ id: value, label: value }));
  const set = (change: Partial<ScoreValues>) => {
    setValues((current) => ({ ...current, ...change }));
    onEdit();
  };
  return (
    <form
      className="score-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!values.effect || !values.feasibility) return;
        setSaving(true);
        setError(null);
        onSubmit(values)
          .catch((caught: unknown) => setError(caught))
          .finally(() => setSaving(false));
      }}
    >
      {notice && error === null && <Alert tone="info" title={notice} />}
      <Select
        label={t('strategy.analysis.effectOf', { title })}
        options={options}
        value={values.effect}
        onChange={(effect) => set({ effect })}
      />
      <Select
        label={t('strategy.analysis.feasibilityOf', { title })}
        options={options}
        value={values.feasibility}
        onChange={(feasibility) => set({ feasibility })}
      />
      <Button type="submit" isDisabled={isSaving || !values.effect || !values.feasibility}>
        {t('strategy.analysis.saveScore')}
      </Button>
      <ActionError error={error} title={t('strategy.refused')} focusOnMount />
    </form>
  );
}

/**
 * An area's form over the version it was opened with: when someone else saved the area meanwhile, the conflict screen
 * shows what they changed (see `partVersion`). A score or choice made on the page starts it again while it holds no
 * unsaved changes.
 */
function EditArea({ analysis, area }: { analysis: Analysis; area: Area }) {
  const { t } = useTranslation();
  const reportGone = usePartGone();
  const agreementId = analysis.agreement.id;
  const update = useUpdateArea(agreementId);
  const latest = useLatestAnalysis(agreementId);
  const labelOf = useFieldLabels(areaFields, 'strategy.area.fields');
  const describe = useAreaValueText(analysis.goalAreas);
  return (
    <VersionedEdit
      {...partVersion({
        onGone: () => reportGone({ id: area.id, text: t('strategy.gone.area', { title: area.title }) }),
        part: area,
        latest,
        partsOf: (read) => read.areas,
        valuesOf: areaValuesOf,
        save: (values, etag) => update.mutateAsync({ areaId: area.id, etag, body: toAreaInput(values) }),
      })}
      fields={areaFields}
      labelOf={labelOf}
      describe={describe}
      renderForm={(start, session) => (
        <AreaForm {...start} form={`area-${area.id}`} goalAreas={analysis.goalAreas} onSubmit={session.submit} />
      )}
    />
  );
}

function AddArea({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const add = useAddArea(agreementId);
  const [title, setTitle] = useState('');
  return (
    <section aria-labelledby="add-area">
      <h2 id="add-area">{t('strategy.analysis.addArea')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate({ title }, { onSuccess: () => setTitle('') });
        }}
      >
        <TextField label={t('strategy.analysis.area')} value={title} onChange={setTitle} isRequired />
        <Button type="submit" variant="primary" isDisabled={add.isPending}>
          {t('strategy.analysis.addArea')}
        </Button>
      </form>
      <ActionError error={add.error} title={t('strategy.refused')} focusOnMount />
    </section>
  );
}
