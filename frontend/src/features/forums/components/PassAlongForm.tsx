import { useTranslation } from 'react-i18next';
import { useBoundFields } from '../../../components';
import { usePassActionItemAlong } from '../api/passActionItemAlong';
import { ActionItemStep, useOpenNewItem, type ActionItemFormProps } from './ActionItemStep';
import { optional } from './optional';

const FORM = 'pass-along';
const fields = ['forumId', 'description'] as const;

/**
 * Passes the item to the forum its forum prepares for or reports to, at the same level too (Regionala
 * samverkansgruppen → Beredningsgruppen → Integrationsrådet); the new item opens, with the trail back to this one.
 */
export function PassAlongForm({ versioned, refetch }: Omit<ActionItemFormProps, 'onSaved'>) {
  const { t } = useTranslation();
  const pass = usePassActionItemAlong();
  const openNewItem = useOpenNewItem('forums.passAlong.done');
  const { item, etag } = versioned;
  const target = item.passAlongTo;
  const label = (field: string) =>
    t(`forums.passAlong.fields.${field as (typeof fields)[number]}`, { forum: target?.name ?? '' });
  const { values, field } = useBoundFields(FORM, { description: '' }, label);
  if (!target) return null;
  return (
    <ActionItemStep
      headingId="pass-along-heading"
      title={t('forums.passAlong.title')}
      intro={t('forums.passAlong.intro', { from: item.forum.name, to: target.name })}
      form={FORM}
      fields={fields}
      labelOf={label}
      refetch={refetch}
      submitLabel={t('forums.passAlong.submit', { forum: target.name })}
      onSubmit={async () => {
        const passed = await pass.mutateAsync({
          id: item.id,
          etag,
          input: { forumId: target.id, description: optional(values.description) },
        });
        await openNewItem(passed);
      }}
    >
      {field.textArea('description', { rows: 3 })}
    </ActionItemStep>
  );
}
