import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormRepeatingGroup,
  useBoundFields,
  useFieldLabels,
  VersionedEdit,
  type SessionFormStart,
} from '../../../components';
import { Button, RadioGroup } from '../../../design-system';
import { ApiError, etagOfVersion } from '../../../lib/api';
import { useAddForumMember } from '../api/addForumMember';
import type { VersionedForum } from '../api/getForum';
import { useUpdateForumMember } from '../api/updateForumMember';
import type { ForumMember, ForumMemberInput } from '../types';
import { optional } from './optional';
import { useSavedNotice } from './SavedNotice';
import { ForumServerForm } from './ForumServerForm';

const FORM = 'member';
const fields = ['organisationId', 'role', 'description', 'representatives'] as const;
/** The fields in the conflict table: the organisation by its name. */
const conflictFields = ['organisationName', 'role', 'description', 'representatives'] as const;

type Row = { key: string; name: string; title: string; substitute: boolean };
let rowKey = 0;
function newRow(): Row {
  rowKey += 1;
  return { key: `representative-${rowKey}`, name: '', title: '', substitute: false };
}

function valuesOf(member: ForumMember | undefined) {
  return {
    organisationId: member?.organisation?.id ?? null,
    organisationName: member?.organisation?.name ?? '',
    role: member?.role ?? null,
    description: member?.description ?? '',
    representatives: (member?.representatives ?? []).map((person): Row => ({
      ...newRow(),
      name: person.name,
      title: person.title ?? '',
      substitute: Boolean(person.substitute),
    })),
  };
}

type Values = ReturnType<typeof valuesOf>;

function toInput(values: Values): ForumMemberInput {
  return {
    organisationId: values.organisationId as string,
    role: values.role ?? undefined,
    description: optional(values.description),
    representatives: values.representatives.map((row) => ({
      name: row.name,
      title: optional(row.title),
      substitute: row.substitute,
    })),
  };
}

/** The organisation's name as the search shows it, without the kind it adds in brackets. */
function nameOf(values: Values): string {
  return values.organisationName.replace(/ \([^)]*\)$/, '');
}

/** A member's field by its label; a representative's name or title with the representative's number. */
function useMemberLabel() {
  const { t } = useTranslation();
  const label = useFieldLabels(fields, 'forums.memberForm.fields');
  return (field: string) => {
    if (field === 'organisationName') return label('organisationId');
    const nested = /^representatives\[(\d+)\]\.(name|title)$/.exec(field);
    if (!nested) return label(field);
    const n = Number(nested[1]) + 1;
    return `${t('forums.memberForm.representative', { n })}: ${t(`forums.memberForm.${nested[2] as 'name' | 'title'}`)}`;
  };
}

/**
 * A member organisation's fields: its role (manager or expert), how it is represented, named representatives and
 * substitutes. Adding a member and correcting one use the same fields; `emptyAfterSave` empties them for the next.
 */
function MemberFields({
  form,
  initialInput: initial,
  submitLabel,
  extraActions,
  emptyAfterSave = false,
  onSubmit,
  ...sessionStart
}: SessionFormStart<Values> & {
  form: string;
  submitLabel: string;
  extraActions?: ReactNode;
  emptyAfterSave?: boolean;
  onSubmit: (values: Values) => Promise<void>;
}) {
  const { t } = useTranslation();
  const labelOf = useMemberLabel();
  const [start] = useState(initial);
  const { values, set, reset, field } = useBoundFields(form, start, labelOf);
  // The organisation search keeps its own text: a new one after each addition starts empty.
  const [round, setRound] = useState(0);
  return (
    <ForumServerForm
      form={form}
      fields={fields}
      labelOf={labelOf}
      {...sessionStart}
      submitLabel={submitLabel}
      extraActions={extraActions}
      // The organisation, the role and the rows added or removed send no input event.
      isDirty={
        values.organisationId !== start.organisationId ||
        values.role !== start.role ||
        values.representatives !== start.representatives
      }
      onSubmit={async () => {
        await onSubmit(values);
        if (emptyAfterSave) {
          reset();
          setRound((count) => count + 1);
        }
      }}
    >
      {field.organisation('organisationId', 'organisationName', {
        emptyText: t('forums.actionItem.organisationEmpty'),
        isRequired: true,
        resetKey: round,
      })}
      {field.select('role', {
        emptyOption: t('forums.memberForm.roleUnknown'),
        options: (['MANAGER', 'EXPERT'] as const).map((role) => ({
          id: role,
          label: t(`forums.memberRole.${role}`),
        })),
      })}
      {field.textArea('description', { rows: 2 })}
      <FormRepeatingGroup
        name="representatives"
        items={values.representatives}
        onChange={(representatives) => set({ representatives })}
        newItem={newRow}
        labels={{
          legend: labelOf('representatives'),
          item: (n) => t('forums.memberForm.representative', { n }),
          add: t('forums.memberForm.addRepresentative'),
          remove: t('forums.form.remove'),
          added: (n) => t('forums.memberForm.representativeAdded', { n }),
          removed: (n) => t('forums.memberForm.representativeRemoved', { n }),
          empty: t('forums.memberForm.noRepresentatives'),
        }}
        renderItem={(row, entry) => (
          <>
            {entry.text('name', { label: t('forums.memberForm.name'), isRequired: true })}
            {entry.text('title', { label: t('forums.memberForm.title') })}
            <RadioGroup
              label={t('forums.memberForm.seat')}
              orientation="horizontal"
              options={[
                { id: 'ordinary', label: t('forums.memberForm.ordinary') },
                { id: 'substitute', label: t('forums.memberForm.substitute') },
              ]}
              value={row.substitute ? 'substitute' : 'ordinary'}
              onChange={(seat) => entry.update({ substitute: seat === 'substitute' })}
            />
          </>
        )}
      />
    </ForumServerForm>
  );
}

/** Adds a member organisation to a forum; the form empties itself for the next one. */
export function MemberForm({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const add = useAddForumMember();
  const { notice, saving } = useSavedNotice();
  return (
    <>
      {notice}
      <MemberFields
        form={FORM}
        initialInput={valuesOf(undefined)}
        submitLabel={t('forums.memberForm.submit')}
        emptyAfterSave
        onSubmit={(values) =>
          saving(async () => {
            await add.mutateAsync({ forumId, input: toInput(values) });
            return t('forums.memberForm.added', { name: nameOf(values) });
          })
        }
      />
    </>
  );
}

/** The member read again with its forum; gone from the forum (removed meanwhile), it cannot be saved. */
function memberIn(versioned: VersionedForum, id: string): ForumMember {
  const member = versioned.forum.members.find((candidate) => candidate.id === id);
  if (!member) throw new Error(`The member ${id} is no longer among the forum's members`);
  return member;
}

/**
 * Corrects a member in place over the version read (its own, not the forum's), and calls `onDone` once saved; when
 * someone else saved the member meanwhile, the conflict screen shows what they changed.
 */
export function EditMemberForm({
  forumId,
  member,
  refetch,
  onDone,
}: {
  forumId: string;
  member: ForumMember;
  /** Reads the forum again, with its members. */
  refetch: () => Promise<VersionedForum>;
  onDone: (notice?: string) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateForumMember();
  const labelOf = useMemberLabel();
  const describe = (field: (typeof conflictFields)[number], value: unknown): string => {
    if (field === 'role') return value ? t(`forums.memberRole.${value as 'MANAGER' | 'EXPERT'}`) : '';
    if (field === 'representatives') {
      return (value as Row[])
        .map((row) => {
          const person = row.title ? `${row.name}, ${row.title}` : row.name;
          return row.substitute ? `${person} (${t('forums.memberForm.substitute')})` : person;
        })
        .join('\n');
    }
    return typeof value === 'string' ? value : '';
  };
  return (
    <VersionedEdit
      follow
      read={member}
      readAgain={async () => memberIn(await refetch(), member.id)}
      snapshotOf={(latest: ForumMember) => ({ input: valuesOf(latest), etag: etagOfVersion(latest.version) })}
      save={async (values, etag) => {
        try {
          await update.mutateAsync({ forumId, memberId: member.id, etag, input: toInput(values) });
        } catch (error) {
          // Removed meanwhile without a trace the server knows (404): the forum read again no longer lists it.
          if (error instanceof ApiError && error.is('not-found')) void refetch().catch(() => undefined);
          throw error;
        }
        onDone(t('forums.memberForm.updated', { name: nameOf(values) }));
      }}
      fields={conflictFields}
      labelOf={labelOf}
      describe={describe}
      renderForm={(start, session) => (
        <MemberFields
          {...start}
          form={`${FORM}-${member.id}`}
          submitLabel={t('forums.memberForm.save')}
          extraActions={<Button onPress={() => onDone()}>{t('common.form.cancel')}</Button>}
          onSubmit={session.submit}
        />
      )}
    />
  );
}
