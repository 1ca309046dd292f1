import { useTranslation } from 'react-i18next';
import { useBoundFields } from '../../../components';
import { useEscalateActionItem } from '../api/escalateActionItem';
import { useForum } from '../api/getForum';
import { useHigherForums } from '../api/getHigherForums';
import { ActionItemStep, useOpenNewItem, type ActionItemFormProps } from './ActionItemStep';
import { optional } from './optional';

const FORM = 'escalation';
const fields = ['forumId', 'description'] as const;

/** Raises the item to a forum at a higher level (managers); the new item opens, with the trail back to this one. */
export function EscalationForm({ versioned, refetch }: Omit<ActionItemFormProps, 'onSaved'>) {
  const { t } = useTranslation();
  const escalate = useEscalateActionItem();
  const openNewItem = useOpenNewItem('forums.escalation.done');
  const { item, etag } = versioned;
  // The forum reference carries no county: the forum itself does.
  const forum = useForum(item.forum.id);
  const targets = useHigherForums(forum.data?.forum.countyCode, item.forum.level, forum.isSuccess);
  const label = (field: string) => t(`forums.escalation.fields.${field as (typeof fields)[number]}`);
  const { values, field } = useBoundFields(FORM, { forumId: null as string | null, description: '' }, label);
  return (
    <ActionItemStep
      headingId="escalation-heading"
      title={t('forums.escalation.title')}
      intro={t('forums.escalation.intro')}
      form={FORM}
      fields={fields}
      labelOf={label}
      refetch={refetch}
      submitLabel={t('forums.escalation.submit')}
      onSubmit={async () => {
        const raised = await escalate.mutateAsync({
          id: item.id,
          etag,
          input: { forumId: values.forumId as string, description: optional(values.description) },
        });
        await openNewItem(raised);
      }}
    >
      {field.select('forumId', {
        isRequired: true,
        placeholder: t('forums.escalation.forumPlaceholder'),
        options: (targets.data ?? []).map((target) => ({
          id: target.id,
          label: `${target.name} (${t(`levelWord.${target.level}`)})`,
        })),
      })}
      {field.textArea('description', { rows: 3 })}
    </ActionItemStep>
  );
}
