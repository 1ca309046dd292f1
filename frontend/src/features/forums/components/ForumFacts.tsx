import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import {
  Alert,
  Button,
  ConfirmDialog,
  DataTable,
  DescriptionList,
  Link,
  ProvenanceMark,
  SourceNote,
} from '../../../design-system';
import { useRemoveForumMember } from '../api/removeForumMember';
import { useForumErrorText } from './ruleMessages';
import { EditMemberForm } from './MemberForm';
import { formatDate } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import type { VersionedForum } from '../api/getForum';
import type { Forum, ForumMember } from '../types';
import { toForum, toOrganisation } from '../../../lib/links';
import { RemovedMeanwhile } from '../../../components';

/** A forum's own facts: kind, level, county, convener, chair, rhythm, link upwards. */
export function ForumFacts({ forum }: { forum: Forum }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <DescriptionList
        emptyValue={t('common.notSet')}
        items={[
          ...(forum.provenance?.inferred.includes('name')
            ? [
                {
                  term: t('forums.fields.name'),
                  description: (
                    <>
                      {forum.name}
                      <ProvenanceMark provenance={forum.provenance} field="name" />
                    </>
                  ),
                },
              ]
            : []),
          { term: t('forums.fields.kind'), description: t(`forumKind.${forum.kind}`) },
          { term: t('forums.fields.level'), description: t(`levelOption.${forum.level}`) },
          { term: t('forums.fields.county'), description: forum.countyName },
          {
            term: t('forums.fields.convener'),
            description: forum.convener && (
              <Link href={toOrganisation({ id: forum.convener.id })}>{forum.convener.name}</Link>
            ),
          },
          {
            term: t('forums.fields.chair'),
            description: forum.chair ?? (forum.provenance && <ProvenanceMark provenance={forum.provenance} missing />),
          },
          { term: t('forums.fields.meetingsPerYear'), description: forum.meetingsPerYear?.toString() },
          { term: t('forums.fields.invitedAsNeeded'), description: forum.invitedAsNeeded },
          {
            term: t('forums.fields.parent'),
            description: forum.parent && (
              <>
                {t(`forums.relationLabel.${forum.parent.relation}`)}{' '}
                <Link href={toForum({ id: forum.parent.id })}>{forum.parent.name}</Link>
                <ProvenanceMark provenance={forum.provenance} field="parent" />
              </>
            ),
          },
          ...(forum.kind === 'WORKING_GROUP'
            ? [{ term: t('forums.fields.endsOn'), description: formatDate(forum.endsOn, locale(i18n.language)) }]
            : []),
          ...(forum.municipalities.length > 0
            ? [
                {
                  term: t('forums.fields.municipalities'),
                  description: (
                    <>
                      {forum.municipalities.map((municipality) => municipality.name).join(', ')}
                      <ProvenanceMark provenance={forum.provenance} field="municipalities" />
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      <SourceNote provenance={forum.provenance} />
    </>
  );
}

/** The member organisation's name, or the collective's ("länsstyrelserna"). */
function memberName(member: ForumMember): string {
  return member.organisation?.name ?? member.collectiveName ?? '';
}

/** Removes a member organisation after a confirmation (managers). */
function RemoveMember({
  forum,
  member,
  onError,
}: {
  forum: Forum;
  member: ForumMember;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const remove = useRemoveForumMember();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onPress={() => setOpen(true)}>
        {t('forums.form.remove')}
        <span className="visually-hidden"> {memberName(member)}</span>
      </Button>
      <ConfirmDialog
        isOpen={open}
        onOpenChange={setOpen}
        title={t('forums.members.removeTitle', { name: memberName(member) })}
        confirmLabel={t('forums.form.remove')}
        cancelLabel={t('common.form.cancel')}
        isPending={remove.isPending}
        pendingLabel={t('common.form.saving')}
        onConfirm={() =>
          remove.mutate(
            { forumId: forum.id, memberId: member.id, version: member.version },
            { onError, onSettled: () => setOpen(false) },
          )
        }
      >
        <p>{t('forums.members.removeText', { name: memberName(member), forum: forum.name })}</p>
      </ConfirmDialog>
    </>
  );
}

/**
 * The member organisations with role, named representatives and substitutes; managers may correct a member in place
 * (an organisation's; a collective member has no organisation to send) or remove it.
 */
export function MemberTable({
  forum,
  refetch,
}: {
  forum: Forum;
  /** Reads the forum again (for the latest version of a member being corrected). */
  refetch: () => Promise<VersionedForum>;
}) {
  const { t } = useTranslation();
  const describe = useForumErrorText();
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const manage = forum.permissions.edit;
  const edited = forum.members.find((member) => member.id === editing);
  // The member whose correction, on saving, found it removed by someone else meanwhile (the forum read again lacks it).
  const [goneId, setGoneId] = useState<string | null>(null);
  const readWithMember = (id: string) => async () => {
    const read = await refetch();
    if (!read.forum.members.some((member) => member.id === id)) setGoneId(id);
    return read;
  };
  const gone = goneId !== null && goneId === editing && !edited && (
    <RemovedMeanwhile
      title={t('forums.members.gone')}
      text={t('forums.members.goneText')}
      onReadAgain={() => {
        setEditing(null);
        setGoneId(null);
        void refetch().catch(() => undefined);
      }}
    />
  );
  if (forum.members.length === 0)
    return (
      <>
        {gone}
        <p>{t('forums.members.none')}</p>
      </>
    );
  const problem = error ? describe(error) : undefined;
  return (
    <>
      {gone}
      {saved && <Alert tone="success" title={saved} />}
      {problem && (
        <Alert tone="error" title={problem.title} focusOnMount>
          <p>{problem.text}</p>
        </Alert>
      )}
      <DataTable
        caption={t('forums.members.caption', { name: forum.name })}
        captionHidden
        columns={[
          { key: 'organisation', header: t('forums.members.organisation') },
          { key: 'role', header: t('forums.members.role') },
          { key: 'representatives', header: t('forums.members.representatives') },
          { key: 'substitutes', header: t('forums.members.substitutes') },
          ...(manage ? [{ key: 'actions', header: t('forums.members.actions') }] : []),
        ]}
        rows={forum.members.map((member) => {
          const people = (substitute: boolean) => {
            const list = member.representatives.filter((person) => Boolean(person.substitute) === substitute);
            if (list.length === 0) return t('common.notSet');
            return (
              <ul className="plain-list">
                {list.map((person) => (
                  <li key={`${person.name}-${person.title ?? ''}`}>
                    {person.title ? `${person.name}, ${person.title}` : person.name}
                  </li>
                ))}
              </ul>
            );
          };
          return {
            key: member.id,
            cells: [
              <>
                {member.organisation ? (
                  <Link href={toOrganisation({ id: member.organisation.id })}>{member.organisation.name}</Link>
                ) : (
                  member.collectiveName
                )}
                <ProvenanceMark provenance={member.provenance} field="organisation" />
                {member.description && <div className="muted">{member.description}</div>}
              </>,
              member.role ? t(`forums.memberRole.${member.role}`) : t('common.notSet'),
              people(false),
              people(true),
              ...(manage
                ? [
                    <div key="actions" className="page-actions">
                      {member.organisation && (
                        <Button
                          onPress={() => {
                            setSaved(null);
                            setEditing(member.id);
                          }}
                        >
                          {t('forums.members.edit')}
                          <span className="visually-hidden"> {memberName(member)}</span>
                        </Button>
                      )}
                      <RemoveMember forum={forum} member={member} onError={setError} />
                    </div>,
                  ]
                : []),
            ],
          };
        })}
      />
      {manage && edited && (
        <section aria-labelledby={`member-edit-${edited.id}`} className="member-edit">
          <h3 id={`member-edit-${edited.id}`}>{t('forums.members.editTitle', { name: memberName(edited) })}</h3>
          <EditMemberForm
            key={edited.id}
            forumId={forum.id}
            member={edited}
            refetch={readWithMember(edited.id)}
            onDone={(notice) => {
              setEditing(null);
              setSaved(notice ?? null);
            }}
          />
        </section>
      )}
    </>
  );
}
