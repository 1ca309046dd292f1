import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormRepeatingGroup, useBoundFields, useFieldLabels } from '../../../components';
import { Button, RadioGroup } from '../../../design-system';
import { useAddForumMember } from '../api/addForumMember';
import { useUpdateForumMember } from '../api/updateForumMember';
import type { ForumMember } from '../types';
import { optional } from './optional';
import { useSavedNotice } from './SavedNotice';
import { ForumServerForm } from './ForumServerForm';

const FORM = 'member';
const fields = ['organisationId', 'role', 'description', 'representatives'] as const;

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

/**
 * Adds a member organisation: its role (manager or expert), how it is represented, named representatives and
 * substitutes. Given a `member`, corrects that member in place (with the version it read) and calls `onDone` once saved.
 */
export function MemberForm({
  forumId,
  member,
  onDone,
}: {
  forumId: string;
  member?: ForumMember;
  onDone?: (notice?: string) => void;
}) {
  const { t } = useTranslation();
  const add = useAddForumMember();
  const update = useUpdateForumMember();
  const form = member ? `${FORM}-${member.id}` : FORM;
  const label = useFieldLabels(fields, 'forums.memberForm.fields');
  const { values, set, reset, field } = useBoundFields(form, valuesOf(member), label);
  // The organisation search keeps its own text: a new one after each addition starts empty.
  const [round, setRound] = useState(0);
  const { notice, saving } = useSavedNotice();
  return (
    <>
      {notice}
      <ForumServerForm
        form={form}
        fields={fields}
        labelOf={(field) => {
          const nested = /^representatives\[(\d+)\]\.(name|title)$/.exec(field);
          if (!nested) return label(field);
          const n = Number(nested[1]) + 1;
          return `${t('forums.memberForm.representative', { n })}: ${t(`forums.memberForm.${nested[2] as 'name' | 'title'}`)}`;
        }}
        submitLabel={member ? t('forums.memberForm.save') : t('forums.memberForm.submit')}
        extraActions={
          member && onDone ? <Button onPress={() => onDone()}>{t('common.form.cancel')}</Button> : undefined
        }
        onSubmit={async () => {
          const input = {
            organisationId: values.organisationId as string,
            role: values.role ?? undefined,
            description: optional(values.description),
            representatives: values.representatives.map((row) => ({
              name: row.name,
              title: optional(row.title),
              substitute: row.substitute,
            })),
          };
          const name = values.organisationName.replace(/ \([^)]*\)$/, '');
          if (member) {
            await update.mutateAsync({ forumId, memberId: member.id, version: member.version, input });
            onDone?.(t('forums.memberForm.updated', { name }));
            return;
          }
          await saving(async () => {
            await add.mutateAsync({ forumId, input });
            return t('forums.memberForm.added', { name });
          });
          reset();
          setRound((count) => count + 1);
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
            legend: label('representatives'),
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
    </>
  );
}
