import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, ServerForm } from '../../../components';
import { TextArea } from '../../../design-system';
import { usePassActionItemAlong } from '../api/passActionItemAlong';
import type { VersionedActionItem } from '../api/getActionItem';
import { optional } from './optional';
import { useForumErrorText } from './ruleMessages';

const FORM = 'pass-along';
const fields = ['forumId', 'description'] as const;

/**
 * Passes the item to the forum its forum prepares for or reports to, at the same level too (Regionala
 * samverkansgruppen → Beredningsgruppen → Integrationsrådet); the new item opens, with the trail back to this one.
 */
export function PassAlongForm({ versioned, onReload }: { versioned: VersionedActionItem; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pass = usePassActionItemAlong();
  const describeError = useForumErrorText();
  const { item, etag } = versioned;
  const [description, setDescription] = useState('');
  const target = item.passAlongTo;
  if (!target) return null;
  const label = (field: string) =>
    t(`forums.passAlong.fields.${field as (typeof fields)[number]}`, { forum: target.name });
  return (
    <section aria-labelledby="pass-along-heading">
      <h2 id="pass-along-heading">{t('forums.passAlong.title')}</h2>
      <p>{t('forums.passAlong.intro', { from: item.forum.name, to: target.name })}</p>
      <ServerForm
        form={FORM}
        fields={fields}
        labelOf={label}
        describeError={describeError}
        onReload={onReload}
        submitLabel={t('forums.passAlong.submit', { forum: target.name })}
        onSubmit={async () => {
          const passed = await pass.mutateAsync({
            id: item.id,
            etag,
            input: { forumId: target.id, description: optional(description) },
          });
          await navigate({
            to: '/action-items/$id',
            params: { id: passed.id },
            state: { notice: { key: 'forums.passAlong.done', values: { forum: passed.forum.name } } },
          });
        }}
      >
        <FormField form={FORM} name="description">
          <TextArea
            name="description"
            rows={3}
            label={label('description')}
            value={description}
            onChange={setDescription}
          />
        </FormField>
      </ServerForm>
    </section>
  );
}
