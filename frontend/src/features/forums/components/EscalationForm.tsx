import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, ServerForm } from '../../../components';
import { Select, TextArea } from '../../../design-system';
import { useEscalateActionItem } from '../api/escalateActionItem';
import type { VersionedActionItem } from '../api/getActionItem';
import { useForum } from '../api/getForum';
import { useHigherForums } from '../api/getHigherForums';
import { optional } from './optional';
import { useForumErrorText } from './ruleMessages';

const FORM = 'escalation';
const fields = ['forumId', 'description'] as const;

/** Raises the item to a forum at a higher level (managers); the new item opens, with the trail back to this one. */
export function EscalationForm({ versioned, onReload }: { versioned: VersionedActionItem; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const escalate = useEscalateActionItem();
  const describeError = useForumErrorText();
  const { item, etag } = versioned;
  // The forum reference carries no county: the forum itself does.
  const forum = useForum(item.forum.id);
  const targets = useHigherForums(forum.data?.forum.countyCode, item.forum.level, forum.isSuccess);
  const [forumId, setForumId] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const label = (field: string) => t(`forums.escalation.fields.${field as (typeof fields)[number]}`);
  return (
    <section aria-labelledby="escalation-heading">
      <h2 id="escalation-heading">{t('forums.escalation.title')}</h2>
      <p>{t('forums.escalation.intro')}</p>
      <ServerForm
        form={FORM}
        fields={fields}
        labelOf={label}
        describeError={describeError}
        onReload={onReload}
        submitLabel={t('forums.escalation.submit')}
        onSubmit={async () => {
          const raised = await escalate.mutateAsync({
            id: item.id,
            etag,
            input: { forumId: forumId as string, description: optional(description) },
          });
          await navigate({
            to: '/action-items/$id',
            params: { id: raised.id },
            state: { notice: { key: 'forums.escalation.done', values: { forum: raised.forum.name } } },
          });
        }}
      >
        <FormField form={FORM} name="forumId">
          <Select
            name="forumId"
            label={label('forumId')}
            isRequired
            placeholder={t('forums.escalation.forumPlaceholder')}
            options={(targets.data ?? []).map((forum) => ({
              id: forum.id,
              label: `${forum.name} (${t(`levelWord.${forum.level}`)})`,
            }))}
            value={forumId}
            onChange={setForumId}
          />
        </FormField>
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
