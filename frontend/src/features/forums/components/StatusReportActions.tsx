import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormField,
  useOrganisationOptions,
  VersionedEdit,
  type Snapshot,
  type SessionFormStart,
} from '../../../components';
import { Alert, Button, CheckboxGroup, SearchComboBox, Select, TextArea } from '../../../design-system';
import { etagOfVersion } from '../../../lib/api';
import { formatDate, formatDateTime } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { useForum } from '../api/getForum';
import { useForumMeetings } from '../api/getForumMeetings';
import { useMeeting } from '../api/getMeeting';
import { useCompileStatusReport } from '../api/compileStatusReport';
import { type VersionedStatusReport } from '../api/getStatusReport';
import { useInviteToStatusReport } from '../api/inviteToStatusReport';
import { usePublishStatusReport } from '../api/publishStatusReport';
import { usePutContribution } from '../api/putContribution';
import type { StatusReport, StatusReportInvitation } from '../types';
import { optional } from './optional';
import { ForumServerForm } from './ForumServerForm';

/**
 * Invites organisations to contribute: members of the forum not invited yet, and any other organisation found by
 * search (a non-member municipality, a sub-regional forum's organisation: "inspel från de delregionala samråden").
 */
export function InviteForm({ versioned }: { versioned: VersionedStatusReport }) {
  const { t } = useTranslation();
  const { report } = versioned;
  const forum = useForum(report.forum.id);
  const invite = useInviteToStatusReport();
  const [chosen, setChosen] = useState<string[]>([]);
  const [others, setOthers] = useState<{ id: string; label: string }[]>([]);
  // Each organisation added from the search starts a fresh search box (remounted by its key).
  const [searches, setSearches] = useState(0);
  const invited = new Set(report.invitations.map((invitation) => invitation.organisation.id));
  const candidates = (forum.data?.forum.members ?? []).flatMap((member) =>
    member.organisation && !invited.has(member.organisation.id)
      ? [{ ...member, organisation: member.organisation }]
      : [],
  );
  const memberIds = new Set(candidates.map((member) => member.organisation.id));
  const addOther = (id: string | null, label: string) => {
    if (!id) return;
    setSearches((count) => count + 1);
    if (invited.has(id)) return;
    if (memberIds.has(id)) {
      setChosen((current) => (current.includes(id) ? current : [...current, id]));
    } else {
      setOthers((current) => (current.some((other) => other.id === id) ? current : [...current, { id, label }]));
    }
  };
  return (
    <ForumServerForm
      form="invite"
      fields={['organisationIds']}
      labelOf={() => t('forums.reports.invitees')}
      requiredHint={false}
      submitLabel={t('forums.reports.invite')}
      onSubmit={async () => {
        await invite.mutateAsync({ id: report.id, organisationIds: [...chosen, ...others.map((other) => other.id)] });
        setChosen([]);
        setOthers([]);
      }}
    >
      <FormField form="invite" name="organisationIds">
        {forum.isSuccess && candidates.length === 0 ? (
          <p>{t('forums.reports.allInvited')}</p>
        ) : (
          <CheckboxGroup
            label={t('forums.reports.invitees')}
            options={candidates.map((member) => ({ id: member.organisation.id, label: member.organisation.name }))}
            value={chosen}
            onChange={setChosen}
          />
        )}
        <SearchComboBox
          key={searches}
          label={t('forums.reports.inviteOther')}
          name="otherOrganisation"
          description={t('forums.reports.inviteOtherHelp')}
          emptyText={t('forums.reports.noOrganisations')}
          value={null}
          valueLabel=""
          onChange={addOther}
          useOptions={useOrganisationOptions}
        />
        {others.length > 0 && (
          <CheckboxGroup
            label={t('forums.reports.otherInvitees')}
            options={others}
            value={others.map((other) => other.id)}
            onChange={(ids) => setOthers((current) => current.filter((other) => ids.includes(other.id)))}
          />
        )}
      </FormField>
    </ForumServerForm>
  );
}

/** An organisation's texts per theme: one field for each of the report's themes. */
type Texts = Record<string, string>;

/** The texts of an organisation's contribution, with the ETag of its invitation's version (not the report's). */
function contributionOf(report: StatusReport, organisationId: string): Snapshot<Texts> {
  const invitation = report.invitations.find((entry) => entry.organisation.id === organisationId);
  if (!invitation) throw new Error(`The organisation ${organisationId} is no longer invited to the report`);
  return { input: textsOf(report.themes, invitation), etag: etagOfVersion(invitation.version) };
}

function textsOf(themes: readonly string[], invitation: StatusReportInvitation): Texts {
  return Object.fromEntries(
    themes.map((theme) => [theme, invitation.entries.find((entry) => entry.theme === theme)?.text ?? '']),
  );
}

/**
 * An invited organisation's contribution: one text per theme (members of that organisation, or the coordinator),
 * submitted or saved as a draft over the version of the invitation read; when someone else saved it meanwhile, the
 * conflict screen shows what they wrote.
 */
export function ContributionForm({
  versioned,
  organisationId,
  refetch,
}: {
  versioned: VersionedStatusReport;
  organisationId: string;
  /** Reads the report again, with its invitations. */
  refetch: () => Promise<VersionedStatusReport>;
}) {
  const { t, i18n } = useTranslation();
  const put = usePutContribution();
  const { report } = versioned;
  const invitation = report.invitations.find((entry) => entry.organisation.id === organisationId);
  const [saved, setSaved] = useState<'draft' | 'submitted' | undefined>();
  // Which button sent the form: both are submit buttons, so that Enter and the error summary work the same way.
  const intent = useRef<'draft' | 'submit'>('submit');
  // What the last save was, for re-applying it after a conflict.
  const sentAsDraft = useRef(false);
  if (!invitation) return null;
  const form = `contribution-${organisationId}`;
  const mayDraft = report.permissions.draftFor.includes(organisationId);
  const label = t('forums.reports.contributionOf', { organisation: invitation.organisation.name });
  return (
    <section aria-labelledby={`${form}-heading`}>
      <h3 id={`${form}-heading`}>{label}</h3>
      {invitation.draft && invitation.draftSavedAt && (
        <p>
          {t('forums.reports.draftSavedAt', {
            date: formatDateTime(invitation.draftSavedAt, locale(i18n.language)),
            user: invitation.draftSavedBy ?? '',
          })}
        </p>
      )}
      {mayDraft && <p>{t('forums.reports.draftHint')}</p>}
      {saved && (
        <Alert
          tone="success"
          title={saved === 'draft' ? t('forums.reports.draftSaved') : t('forums.reports.contributionSaved')}
        />
      )}
      <VersionedEdit
        follow
        read={versioned}
        readAgain={refetch}
        snapshotOf={(latest: VersionedStatusReport) => contributionOf(latest.report, organisationId)}
        save={async (texts, etag) => {
          const draft = sentAsDraft.current;
          setSaved(undefined);
          const stored = await put.mutateAsync({
            id: report.id,
            organisationId,
            etag,
            entries: report.themes
              .filter((theme) => (texts[theme] ?? '').trim() !== '')
              .map((theme) => ({ theme, text: texts[theme] })),
            draft,
          });
          setSaved(draft ? 'draft' : 'submitted');
          return { input: textsOf(report.themes, stored), etag: etagOfVersion(stored.version) };
        }}
        fields={report.themes}
        labelOf={(theme) => theme}
        renderForm={({ initialInput, notice, initialError }, session) => (
          <ContributionFields
            form={form}
            themes={report.themes}
            initialInput={initialInput}
            notice={notice}
            initialError={initialError}
            labelOf={() => label}
            submitLabel={
              invitation.submitted ? t('forums.reports.replaceContribution') : t('forums.reports.submitContribution')
            }
            extraActions={
              mayDraft ? (
                <Button type="submit" variant="secondary" onPressStart={() => (intent.current = 'draft')}>
                  {t('forums.reports.saveDraft')}
                </Button>
              ) : undefined
            }
            onSubmit={async (texts) => {
              sentAsDraft.current = intent.current === 'draft';
              intent.current = 'submit';
              await session.submit(texts);
            }}
          />
        )}
      />
    </section>
  );
}

/** The texts of a contribution, one field per theme of the report. */
function ContributionFields({
  form,
  themes,
  initialInput: initial,
  labelOf,
  submitLabel,
  extraActions,
  onSubmit,
  ...start
}: SessionFormStart<Texts> & {
  form: string;
  themes: readonly string[];
  labelOf: (field: string) => string;
  submitLabel: string;
  extraActions?: ReactNode;
  onSubmit: (texts: Texts) => Promise<void>;
}) {
  const [texts, setTexts] = useState(initial);
  return (
    <ForumServerForm
      form={form}
      fields={['entries']}
      labelOf={labelOf}
      requiredHint={false}
      {...start}
      submitLabel={submitLabel}
      extraActions={extraActions}
      onSubmit={() => onSubmit(texts)}
    >
      {themes.map((theme) => (
        <TextArea
          key={theme}
          rows={3}
          label={theme}
          value={texts[theme] ?? ''}
          onChange={(text) => setTexts((current) => ({ ...current, [theme]: text }))}
        />
      ))}
    </ForumServerForm>
  );
}

/** Compiles the report from the contributions, or from the coordinator's own text. */
export function CompileForm({ versioned, onReload }: { versioned: VersionedStatusReport; onReload: () => void }) {
  const { t } = useTranslation();
  const compile = useCompileStatusReport();
  const [text, setText] = useState('');
  return (
    <ForumServerForm
      form="compile"
      fields={['text']}
      labelOf={() => t('forums.reports.ownText')}
      onReload={onReload}
      requiredHint={false}
      submitLabel={t('forums.reports.compile')}
      onSubmit={async () => {
        await compile.mutateAsync({ id: versioned.report.id, etag: versioned.etag, text: optional(text) });
      }}
    >
      <FormField form="compile" name="text">
        <TextArea
          name="text"
          rows={4}
          label={t('forums.reports.ownText')}
          description={t('forums.reports.ownTextHint')}
          value={text}
          onChange={setText}
        />
      </FormField>
    </ForumServerForm>
  );
}

/** Publishes the compiled report, linked to the status-report point of one of the forum's meetings. */
export function PublishForm({ versioned, onReload }: { versioned: VersionedStatusReport; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const { report, etag } = versioned;
  const publish = usePublishStatusReport();
  const meetings = useForumMeetings(report.forum.id);
  const [meetingId, setMeetingId] = useState<string | null>(report.agendaItem?.meetingId ?? null);
  const [agendaItemId, setAgendaItemId] = useState<string | null>(report.agendaItem?.id ?? null);
  const meeting = useMeeting(meetingId ?? '');
  const points = meetingId ? (meeting.data?.meeting.agenda ?? []).filter((item) => item.kind === 'STATUS_REPORT') : [];
  return (
    <ForumServerForm
      form="publish"
      fields={['agendaItemId']}
      labelOf={() => t('forums.reports.agendaItem')}
      onReload={onReload}
      requiredHint={false}
      submitLabel={t('forums.reports.publish')}
      onSubmit={async () => {
        await publish.mutateAsync({
          id: report.id,
          etag,
          agendaItemId: report.agendaItem ? undefined : (agendaItemId ?? undefined),
        });
      }}
    >
      {report.agendaItem ? (
        <p>
          {t('forums.reports.forPoint', {
            point: report.agendaItem.title,
            date: formatDate(report.agendaItem.meetingDate, locale(i18n.language)),
          })}
        </p>
      ) : (
        <>
          <Select
            label={t('forums.reports.meeting')}
            placeholder={t('forums.reports.meetingPlaceholder')}
            options={(meetings.data ?? []).map((entry) => ({
              id: entry.id,
              label: `${formatDate(entry.date, locale(i18n.language))}${entry.title ? ` – ${entry.title}` : ''}`,
            }))}
            value={meetingId}
            onChange={(id) => {
              setMeetingId(id);
              setAgendaItemId(null);
            }}
            // an empty list does not open: offer the choice once the forum's meetings are in
            isDisabled={!meetings.isSuccess}
          />
          <FormField form="publish" name="agendaItemId">
            <Select
              name="agendaItemId"
              label={t('forums.reports.agendaItem')}
              placeholder={t('forums.reports.agendaItemPlaceholder')}
              description={
                meetingId && meeting.isSuccess && points.length === 0 ? t('forums.reports.noStatusPoint') : undefined
              }
              options={points.map((item) => ({ id: item.id, label: `§ ${item.position} ${item.title}` }))}
              // closed until the chosen meeting's agenda has arrived: an empty list would not open
              isDisabled={!meetingId || !meeting.isSuccess}
              value={agendaItemId}
              onChange={setAgendaItemId}
            />
          </FormField>
        </>
      )}
    </ForumServerForm>
  );
}
