import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure, Link } from '../../../design-system';
import type { AgendaItem, Meeting, MinutesItem } from '../types';
import { MinutesForm, NewActionItemForm } from './AgendaItemForms';
import { ActionItemTable } from './ActionItemTable';
import { CorrectionOutcome, EditAgendaItemForm, RemoveAgendaItem, RemoveDecision } from './AgendaCorrections';
import { DecisionForm, EditDecisionForm } from './DecisionForm';
import type { OnGone, ReadMeetingAgain } from './meetingRead';
import { toAgreement } from '../../../lib/links';
import { Attachments } from '../../../lib/slots/attachments';
import { RemovedMeanwhile } from '../../../components';

/** What a correction found removed by someone else meanwhile, and the text saying so. */
type Gone = { id: string; text: string };

/** One point of the agenda: kind, presenter, links, and — when the minutes may be read — minutes, decisions, items. */
function AgendaPoint({
  meeting,
  item,
  minutes,
  readAgain,
  onRemoved,
  onGone,
}: {
  meeting: Meeting;
  item: AgendaItem;
  minutes?: MinutesItem;
  readAgain: ReadMeetingAgain;
  onRemoved: (outcome: { done?: string }) => void;
  /** A correction's save found what it corrects (its id) removed by someone else meanwhile, and the text saying so. */
  onGone: (gone: Gone) => void;
}) {
  const { t } = useTranslation();
  const canEdit = meeting.permissions.edit;
  const [outcome, setOutcome] = useState<{ done?: string; error?: unknown } | null>(null);
  const saved = (done: string) => setOutcome({ done });
  const pointGone: OnGone = () => onGone({ id: item.id, text: t('forums.agenda.pointGone', { title: item.title }) });
  // The point's forms send its minutes back as read: once the minutes are read, they start again with them.
  const minutesKey = minutes ? 'minutes-read' : 'minutes-unread';
  return (
    <li className="agenda-point">
      <h3>
        {t('forums.agenda.point', { position: item.position })} {item.title}
      </h3>
      <CorrectionOutcome outcome={outcome} />
      <p className="muted">
        {t('forums.agenda.kind')}: {t(`agendaItemKind.${item.kind}`)}
        {item.presenter && ` · ${t('forums.agendaFields.presenter')}: ${item.presenter}`}
      </p>
      {item.description && <p className="preserve-lines">{item.description}</p>}
      {item.agreement && (
        <p>
          {t('forums.agenda.agreement')}:{' '}
          <Link href={toAgreement({ id: item.agreement.id })}>{item.agreement.title}</Link>
          {item.goalArea &&
            ` – ${t('forums.agenda.goalArea', { number: item.goalArea.number ?? '', title: item.goalArea.title })}`}
        </p>
      )}
      {item.statusReport && <p>{t('forums.agenda.statusReport', { title: item.statusReport.title })}</p>}
      {minutes && (
        <>
          <h4>{t('forums.agenda.minutes')}</h4>
          {minutes.minutes ? (
            <p className="preserve-lines">{minutes.minutes}</p>
          ) : (
            <p>{t('forums.agenda.noMinutes')}</p>
          )}
          <h4>{t('forums.agenda.decisions')}</h4>
          {minutes.decisions.length === 0 ? (
            <p>{t('forums.agenda.noDecisions')}</p>
          ) : (
            <ul>
              {minutes.decisions.map((decision) => (
                <li key={decision.id}>
                  <strong>{t(`decisionOutcome.${decision.outcome}`)}:</strong> {decision.text}
                  {decision.caseNumber && ` (${t('forums.decisionFields.caseNumber')} ${decision.caseNumber})`}
                  {canEdit && (
                    <div className="correction-actions">
                      <Disclosure summary={t('forums.corrections.editDecision')}>
                        <EditDecisionForm
                          meetingId={meeting.id}
                          decision={decision}
                          readAgain={readAgain}
                          onSaved={saved}
                          onGone={() => onGone({ id: decision.id, text: t('forums.agenda.decisionGone') })}
                        />
                      </Disclosure>
                      <RemoveDecision meetingId={meeting.id} decision={decision} onDone={setOutcome} />
                    </div>
                  )}
                  {decision.effects.length > 0 && (
                    <ul className="decision-effects">
                      {decision.effects.map((effect) => (
                        <li key={`${effect.kind}-${effect.subjectId}`}>
                          {t(`forums.decision.effect.${effect.kind}`)}{' '}
                          {effect.label && effect.agreementId ? (
                            <Link href={toAgreement({ id: effect.agreementId })}>{effect.label}</Link>
                          ) : (
                            (effect.label ?? t('forums.decision.effectHidden'))
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h4>{t('forums.agenda.actionItems')}</h4>
          {minutes.actionItems.length === 0 ? (
            <p>{t('forums.agenda.noActionItems')}</p>
          ) : (
            <ActionItemTable
              caption={t('forums.agenda.actionItemsOf', { position: item.position })}
              items={minutes.actionItems}
            />
          )}
        </>
      )}
      <Attachments ownerType="AGENDA_ITEM" ownerId={item.id} headingLevel={4} />
      {canEdit && (
        <Disclosure summary={t('forums.corrections.editAgendaItem', { position: item.position })}>
          <EditAgendaItemForm
            key={minutesKey}
            meetingId={meeting.id}
            item={item}
            minutes={minutes?.minutes}
            readAgain={readAgain}
            onSaved={saved}
            onGone={pointGone}
          />
          <div className="page-actions">
            <RemoveAgendaItem
              meetingId={meeting.id}
              item={item}
              // a removed point takes its own notice with it: the agenda shows that one
              onDone={(result) => (result.error ? setOutcome(result) : onRemoved(result))}
            />
          </div>
        </Disclosure>
      )}
      {canEdit && (
        <Disclosure summary={t('forums.agenda.writeMinutes', { position: item.position })}>
          <MinutesForm
            key={minutesKey}
            meetingId={meeting.id}
            item={item}
            minutes={minutes?.minutes}
            readAgain={readAgain}
            onGone={pointGone}
          />
        </Disclosure>
      )}
      {canEdit && (
        <Disclosure summary={t('forums.agenda.addDecision', { position: item.position })}>
          <DecisionForm meetingId={meeting.id} item={item} />
        </Disclosure>
      )}
      {meeting.permissions.handOutActionItems && (
        <Disclosure summary={t('forums.agenda.addActionItem', { position: item.position })}>
          <NewActionItemForm meetingId={meeting.id} item={item} />
        </Disclosure>
      )}
    </li>
  );
}

/**
 * The agenda in order; the minutes per point when they may be read. `readAgain` reads the meeting and its minutes
 * again, for the latest version of a point or decision when a correction meets someone else's save.
 */
export function AgendaView({
  meeting,
  minutes,
  readAgain,
}: {
  meeting: Meeting;
  minutes?: MinutesItem[];
  readAgain: ReadMeetingAgain;
}) {
  const { t } = useTranslation();
  const [removed, setRemoved] = useState<{ done?: string } | null>(null);
  // What a correction's save found removed by someone else meanwhile: said here, in place of its form, once the page
  // no longer shows it (so the form and what it says go first, and the warning takes the focus).
  const [gone, setGone] = useState<Gone | null>(null);
  const shown = (id: string) =>
    meeting.agenda.some((item) => item.id === id) ||
    (minutes ?? []).some((entry) => entry.decisions.some((decision) => decision.id === id));
  return (
    <>
      <CorrectionOutcome outcome={removed} />
      {gone && !shown(gone.id) && (
        <RemovedMeanwhile
          title={gone.text}
          text={t('forums.agenda.goneText')}
          onReadAgain={() => {
            setGone(null);
            void readAgain().catch(() => undefined);
          }}
        />
      )}
      {meeting.agenda.length === 0 ? (
        <p>{t('forums.agenda.empty')}</p>
      ) : (
        <ol className="agenda plain-list">
          {meeting.agenda.map((item) => (
            <AgendaPoint
              key={item.id}
              meeting={meeting}
              item={item}
              minutes={minutes?.find((entry) => entry.agendaItemId === item.id)}
              readAgain={readAgain}
              onRemoved={setRemoved}
              onGone={setGone}
            />
          ))}
        </ol>
      )}
    </>
  );
}

/** The still-open action items from earlier meetings, computed by the server until they are closed. */
export function FollowUpSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{t('forums.followUp.title')}</h2>
      <p>{t('forums.followUp.intro')}</p>
      {meeting.followUp.length === 0 ? (
        <p>{t('forums.followUp.none')}</p>
      ) : (
        <ActionItemTable caption={t('forums.followUp.title')} items={meeting.followUp} showOrigin />
      )}
    </section>
  );
}
