import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActionError,
  conflictText,
  FormTextArea,
  FormTextField,
  Loaded,
  ServerForm,
  useFieldLabels,
  useFormDefinition,
  VersionedEdit,
  type SessionFormStart,
} from '../../../components';
import {
  Badge,
  Button,
  ConfirmDialog,
  Disclosure,
  Link,
  PageHeading,
  ProvenanceMark,
  TextArea,
  TextField,
} from '../../../design-system';
import { etagOfVersion, isStale } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { toAgreement, toMeeting } from '../../../lib/links';
import { useAddPhase } from '../api/addPhase';
import { useChangePhaseStatus } from '../api/changePhaseStatus';
import { useLatestProcessMap, useProcessMap } from '../api/getProcessMap';
import { useRemovePhase } from '../api/removePhase';
import { useUpdatePhase } from '../api/updatePhase';
import { PartGoneWarning, PartsGone, usePartGone } from '../components/PartsGone';
import { partVersion } from '../components/partVersion';
import { period } from '../components/period';
import type { Phase, PhaseInput, PhaseStatus, ProcessMap } from '../types';
import '../styles.css';

const routeApi = getRouteApi('/agreements/$id/process');

/** The process map of an agreement: the phases drawn left to right with the current one marked, then each in full. */
export function ProcessPage() {
  const { id } = routeApi.useParams();
  const map = useProcessMap(id);
  return <Loaded query={map}>{(data) => <ProcessView map={data} />}</Loaded>;
}

function ProcessView({ map }: { map: ProcessMap }) {
  const { t, i18n } = useTranslation();
  const latest = useLatestProcessMap(map.agreement.id);
  return (
    <PartsGone partIds={map.phases.map((phase) => phase.id)} refresh={latest.refresh}>
      <PageHeading>{t('strategy.process.title', { title: map.agreement.title })}</PageHeading>
      <p>
        <Link href={toAgreement({ id: map.agreement.id })}>{t('strategy.backToAgreement')}</Link>
      </p>
      <PartGoneWarning />
      {map.phases.length === 0 ? (
        <p>{t('strategy.process.none')}</p>
      ) : (
        <ol className="process-map" aria-label={t('strategy.process.map')}>
          {map.phases.map((phase) => {
            const current = phase.id === map.currentPhaseId;
            return (
              <li
                key={phase.id}
                className={`process-map-phase process-map-phase--${phase.status.toLowerCase()}${current ? ' process-map-phase--current' : ''}`}
                aria-current={current ? 'step' : undefined}
              >
                <a href={`#phase-${phase.id}`} className="process-map-name">
                  {phase.name}
                </a>
                <span className="process-map-status">{t(`strategy.phaseStatus.${phase.status}`)}</span>
                {current && <span className="process-map-current">{t('strategy.process.current')}</span>}
                <span className="process-map-period">
                  {period(phase.plannedStart, phase.plannedEnd, i18n.language)}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <h2>{t('strategy.process.phases')}</h2>
      {map.phases.map((phase) => (
        <PhaseSection
          key={phase.id}
          agreementId={map.agreement.id}
          phase={phase}
          current={phase.id === map.currentPhaseId}
        />
      ))}
      {map.permissions.addPhase && <AddPhase agreementId={map.agreement.id} />}
    </PartsGone>
  );
}

function inputOf(phase: Phase): PhaseInput {
  return {
    name: phase.name,
    description: phase.description,
    goal: phase.goal,
    plannedStart: phase.plannedStart,
    plannedEnd: phase.plannedEnd,
    actualStart: phase.actualStart,
    actualEnd: phase.actualEnd,
    ownerForumId: phase.ownerForum?.id,
    ownerOrganisationId: phase.ownerOrganisation?.id,
    checkpoints: phase.checkpoints.map((c) => ({ text: c.text, done: c.done, doneOn: c.doneOn })),
  };
}

function statusLabel(target: PhaseStatus, from: PhaseStatus) {
  if (target === 'DONE') return 'strategy.process.complete';
  return from === 'DONE' ? 'strategy.process.reopen' : 'strategy.process.start';
}

function PhaseSection({ agreementId, phase, current }: { agreementId: string; phase: Phase; current: boolean }) {
  const { t, i18n } = useTranslation();
  const update = useUpdatePhase(agreementId);
  const latest = useLatestProcessMap(agreementId);
  const move = useChangePhaseStatus(agreementId);
  const headingId = `phase-${phase.id}`;
  const toggle = (index: number, done: boolean) => {
    const body = inputOf(phase);
    body.checkpoints = (body.checkpoints ?? []).map((c, i) =>
      i === index ? { text: c.text, done, doneOn: done ? c.doneOn : undefined } : c,
    );
    // Refused as stale: the map is read again, to tick on the version stored now.
    update.mutate(
      { phaseId: phase.id, etag: etagOfVersion(phase.version), body },
      { onError: (error) => isStale(error) && latest.refresh() },
    );
  };
  const planned = period(phase.plannedStart, phase.plannedEnd, i18n.language);
  const actual = period(phase.actualStart, phase.actualEnd, i18n.language);
  return (
    <section className="phase" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {phase.position}. {phase.name} {current && <Badge tone="info">{t('strategy.process.current')}</Badge>}{' '}
        <Badge tone={phase.status === 'DONE' ? 'success' : 'neutral'}>
          {t(`strategy.phaseStatus.${phase.status}`)}
        </Badge>
        {phase.provenance && <ProvenanceMark provenance={phase.provenance} />}
      </h3>
      {phase.description && <p className="phase-text">{phase.description}</p>}
      <dl className="phase-facts">
        {phase.goal && (
          <>
            <dt>{t('strategy.process.goal')}</dt>
            <dd>{phase.goal}</dd>
          </>
        )}
        <dt>{t('strategy.process.planned')}</dt>
        <dd>{planned ?? t('common.notSet')}</dd>
        <dt>{t('strategy.process.actual')}</dt>
        <dd>{actual ?? t('common.notSet')}</dd>
        <dt>{t('strategy.process.owner')}</dt>
        <dd>{phase.ownerForum?.name ?? phase.ownerOrganisation?.name ?? t('common.notSet')}</dd>
        {phase.completionDecision && (
          <>
            <dt>{t('strategy.process.decided')}</dt>
            <dd>
              <DecisionLink decision={phase.completionDecision} />
            </dd>
          </>
        )}
      </dl>
      {phase.checkpoints.length > 0 && (
        <fieldset className="phase-checklist">
          <legend>{t('strategy.process.checklist', { name: phase.name })}</legend>
          <ul>
            {phase.checkpoints.map((point, index) => (
              <li key={`${String(index)}-${point.text}`}>
                {phase.permissions.edit ? (
                  <label>
                    <input
                      type="checkbox"
                      checked={point.done}
                      disabled={update.isPending}
                      onChange={(event) => toggle(index, event.target.checked)}
                    />{' '}
                    {point.text}
                  </label>
                ) : (
                  <span>
                    {point.done ? t('strategy.process.pointDone') : t('strategy.process.pointOpen')}: {point.text}
                  </span>
                )}
                {point.done && point.doneOn && (
                  <span className="phase-done-on">
                    {' '}
                    ({t('strategy.process.doneOn', { date: formatDate(point.doneOn, i18n.language) })})
                  </span>
                )}
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {phase.permissions.statusChanges.length > 0 && (
        <div className="phase-actions">
          {phase.permissions.statusChanges.map((target) => (
            <Button
              key={target}
              variant={target === 'DONE' ? 'primary' : 'secondary'}
              isDisabled={move.isPending}
              onPress={() => move.mutate({ phaseId: phase.id, version: phase.version, status: target })}
            >
              {t(statusLabel(target, phase.status), { name: phase.name })}
            </Button>
          ))}
        </div>
      )}
      <ActionError error={update.error ?? move.error} title={t('strategy.refused')} focusOnMount />
      {phase.permissions.edit && <EditPhase agreementId={agreementId} phase={phase} />}
      {phase.permissions.delete && <RemovePhase agreementId={agreementId} phase={phase} />}
    </section>
  );
}

const phaseFields = ['name', 'description', 'goal', 'plannedStart', 'plannedEnd'] as const;

/**
 * Changes a phase's name, description, goal and periods; its checklist, actual dates and owner are kept as the
 * version saved has them. The form is over the version it was opened with: when someone else saved the phase
 * meanwhile, the conflict screen shows what they changed (see `partVersion`). A checklist tick or status change made on
 * the page starts the form again while it holds no unsaved changes; with them, the save meets that version as a
 * conflict.
 */
function EditPhase({ agreementId, phase }: { agreementId: string; phase: Phase }) {
  const { t, i18n } = useTranslation();
  const update = useUpdatePhase(agreementId);
  const latest = useLatestProcessMap(agreementId);
  const labelOf = useFieldLabels(phaseFields, 'strategy.process');
  const reportGone = usePartGone();
  return (
    <Disclosure summary={t('strategy.process.editPhase', { name: phase.name })}>
      <VersionedEdit
        {...partVersion({
          onGone: () => reportGone({ id: phase.id, text: t('strategy.gone.phase', { name: phase.name }) }),
          part: phase,
          latest,
          partsOf: (read) => read.phases,
          valuesOf: inputOf,
          save: (body, etag) => update.mutateAsync({ phaseId: phase.id, etag, body }),
        })}
        fields={phaseFields}
        labelOf={labelOf}
        describe={(field, value) =>
          (field === 'plannedStart' || field === 'plannedEnd') && typeof value === 'string'
            ? (formatDate(value, i18n.language) ?? value)
            : conflictText(value)
        }
        renderForm={(start, session) => <PhaseForm {...start} phase={phase} onSubmit={session.submit} />}
      />
    </Disclosure>
  );
}

/** The fields of a phase one edits in words; the rest of `initialInput` is sent as it is. */
function PhaseForm({
  phase,
  initialInput,
  onSubmit,
  ...start
}: SessionFormStart<PhaseInput> & {
  phase: Phase;
  onSubmit: (input: PhaseInput) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initialInput);
  const definition = useFormDefinition(`phase-${phase.id}`, phaseFields, 'strategy.process');
  const field = (name: (typeof phaseFields)[number]) => ({
    name,
    value: values[name] ?? '',
    onChange: (value: string) => {
      // An emptied field is left out (the name is required: an empty one is the server's to refuse).
      setValues((current) => ({ ...current, [name]: name === 'name' ? value : value || undefined }));
    },
  });
  return (
    <ServerForm
      {...definition}
      submitLabel={t('strategy.process.savePhase', { name: phase.name })}
      {...start}
      requiredHint={false}
      onSubmit={() => onSubmit(values)}
    >
      <FormTextField {...field('name')} isRequired />
      <FormTextArea {...field('description')} rows={3} />
      <FormTextArea {...field('goal')} rows={3} />
      <FormTextField {...field('plannedStart')} type="date" />
      <FormTextField {...field('plannedEnd')} type="date" />
    </ServerForm>
  );
}

/** Removes a phase that has not started (a phase that has begun stays in the map). */
function RemovePhase({ agreementId, phase }: { agreementId: string; phase: Phase }) {
  const { t } = useTranslation();
  const remove = useRemovePhase(agreementId);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button onPress={() => setConfirming(true)}>{t('strategy.process.removePhase', { name: phase.name })}</Button>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title={t('strategy.process.removePhase', { name: phase.name })}
        confirmLabel={t('strategy.process.remove')}
        cancelLabel={t('common.form.cancel')}
        isPending={remove.isPending}
        pendingLabel={t('common.form.saving')}
        onConfirm={() =>
          remove.mutate({ phaseId: phase.id, version: phase.version }, { onSettled: () => setConfirming(false) })
        }
      >
        <p>{t('strategy.process.removeConfirm', { name: phase.name })}</p>
      </ConfirmDialog>
      <ActionError error={remove.error} title={t('strategy.refused')} focusOnMount />
    </>
  );
}

/** "klar enligt beslut i Strategirådet 12 mars 2024, § 4", linking to the meeting. */
function DecisionLink({ decision }: { decision: NonNullable<Phase['completionDecision']> }) {
  const { t, i18n } = useTranslation();
  const on = formatDate(decision.date, i18n.language);
  return (
    <Link href={toMeeting({ id: decision.meetingId })}>
      {decision.paragraph
        ? t('strategy.process.doneByDecisionParagraph', {
            forum: decision.forumName,
            on,
            paragraph: decision.paragraph,
          })
        : t('strategy.process.doneByDecision', { forum: decision.forumName, on })}
    </Link>
  );
}

function AddPhase({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const add = useAddPhase(agreementId);
  const [name, setName] = useState('');
  const [goal, setGoal] = useState('');
  const [plannedStart, setPlannedStart] = useState('');
  const [plannedEnd, setPlannedEnd] = useState('');
  return (
    <section className="phase phase--new" aria-labelledby="add-phase">
      <h2 id="add-phase">{t('strategy.process.addPhase')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate(
            {
              name,
              goal: goal || undefined,
              plannedStart: plannedStart || undefined,
              plannedEnd: plannedEnd || undefined,
              checkpoints: [],
            },
            {
              onSuccess: () => {
                setName('');
                setGoal('');
                setPlannedStart('');
                setPlannedEnd('');
              },
            },
          );
        }}
      >
        <TextField label={t('strategy.process.name')} value={name} onChange={setName} isRequired />
        <TextArea label={t('strategy.process.goal')} value={goal} onChange={setGoal} rows={3} />
        <TextField
          type="date"
          label={t('strategy.process.plannedStart')}
          value={plannedStart}
          onChange={setPlannedStart}
        />
        <TextField type="date" label={t('strategy.process.plannedEnd')} value={plannedEnd} onChange={setPlannedEnd} />
        <Button type="submit" variant="primary" isDisabled={add.isPending}>
          {t('strategy.process.addPhase')}
        </Button>
      </form>
      <ActionError error={add.error} title={t('strategy.refused')} focusOnMount />
    </section>
  );
}
