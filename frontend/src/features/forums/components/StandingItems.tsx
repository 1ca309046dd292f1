import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction, FormField, QueryError, RefusalAlert, ServerForm, type Refusal } from '../../../components';
import { Alert, Button, Disclosure, Link, Select, Spinner, TextArea, TextField } from '../../../design-system';
import { etagOfVersion } from '../../../lib/api';
import { toAgreement } from '../../../lib/links';
import { useAddStandingItem } from '../api/addStandingItem';
import { useStandingItems } from '../api/getStandingItems';
import { useRemoveStandingItem } from '../api/removeStandingItem';
import { useUpdateStandingItem } from '../api/updateStandingItem';
import { agendaItemKinds, type AgendaItemKind, type Forum, type StandingItem, type StandingItemInput } from '../types';
import { optional } from './optional';
import { useForumErrorText } from './ruleMessages';

const FORM = 'standing-item';
const fields = ['title', 'kind', 'description', 'agreementId'] as const;

/** What a point sends back unchanged: the fields as they are, at its place (moving changes only the place). */
function inputOf(item: StandingItem, position: number): StandingItemInput {
  return {
    title: item.title,
    kind: item.kind,
    description: item.description,
    position,
    agreementId: item.agreement?.id,
    goalAreaId: item.goalArea?.id,
  };
}

function AddStandingItemForm({ forum }: { forum: Forum }) {
  const { t } = useTranslation();
  const add = useAddStandingItem();
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      {saved && <Alert tone="success" title={saved} />}
      <StandingItemForm
        form={FORM}
        forum={forum}
        submitLabel={t('forums.standing.add')}
        onSubmit={async (input) => {
          setSaved(null);
          const created = await add.mutateAsync({ forumId: forum.id, input });
          setSaved(t('forums.standing.added', { title: created.title }));
          return true;
        }}
      />
    </>
  );
}

function EditStandingItemForm({ forum, item }: { forum: Forum; item: StandingItem }) {
  const { t } = useTranslation();
  const update = useUpdateStandingItem();
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      {saved && <Alert tone="success" title={saved} />}
      <StandingItemForm
        form={`${FORM}-${item.id}`}
        forum={forum}
        item={item}
        submitLabel={t('forums.standing.save')}
        onSubmit={async (input) => {
          setSaved(null);
          const changed = await update.mutateAsync({
            forumId: forum.id,
            itemId: item.id,
            etag: etagOfVersion(item.version),
            // The goal area stays unless the agreement changes with it.
            input: {
              ...input,
              position: item.position,
              goalAreaId: input.agreementId === item.agreement?.id ? item.goalArea?.id : undefined,
            },
          });
          setSaved(t('forums.standing.saved', { title: changed.title }));
          return false;
        }}
      />
    </>
  );
}

function StandingItemForm({
  form,
  forum,
  item,
  submitLabel,
  onSubmit,
}: {
  form: string;
  forum: Forum;
  item?: StandingItem;
  submitLabel: string;
  /** Saves; throws when refused; resolves to whether to empty the form. */
  onSubmit: (input: StandingItemInput) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const describeError = useForumErrorText();
  const empty = { title: '', kind: null as AgendaItemKind | null, description: '', agreementId: null as string | null };
  const [values, setValues] = useState(
    item
      ? {
          title: item.title,
          kind: item.kind,
          description: item.description ?? '',
          agreementId: item.agreement?.id ?? null,
        }
      : empty,
  );
  const label = (field: string) => t(`forums.standing.fields.${field as (typeof fields)[number]}`);
  return (
    <>
      <ServerForm
        form={form}
        fields={fields}
        labelOf={label}
        describeError={describeError}
        submitLabel={submitLabel}
        onSubmit={async () => {
          const reset = await onSubmit({
            title: values.title,
            kind: values.kind as AgendaItemKind,
            description: optional(values.description),
            agreementId: values.agreementId ?? undefined,
          });
          if (reset) setValues(empty);
        }}
      >
        <FormField form={form} name="title">
          <TextField
            name="title"
            label={label('title')}
            isRequired
            value={values.title}
            onChange={(title) => setValues((v) => ({ ...v, title }))}
          />
        </FormField>
        <FormField form={form} name="kind">
          <Select
            name="kind"
            label={label('kind')}
            isRequired
            placeholder={t('forums.standing.kindPlaceholder')}
            options={agendaItemKinds.map((kind) => ({ id: kind, label: t(`agendaItemKind.${kind}`) }))}
            value={values.kind}
            onChange={(kind) => setValues((v) => ({ ...v, kind: kind as AgendaItemKind | null }))}
          />
        </FormField>
        <FormField form={form} name="agreementId">
          <Select
            name="agreementId"
            label={label('agreementId')}
            description={t('forums.standing.agreementHint')}
            emptyOption={t('forums.standing.noAgreement')}
            options={forum.agreements.map((agreement) => ({ id: agreement.id, label: agreement.title }))}
            value={values.agreementId}
            onChange={(agreementId) => setValues((v) => ({ ...v, agreementId }))}
          />
        </FormField>
        <FormField form={form} name="description">
          <TextArea
            name="description"
            rows={2}
            label={label('description')}
            value={values.description}
            onChange={(description) => setValues((v) => ({ ...v, description }))}
          />
        </FormField>
      </ServerForm>
    </>
  );
}

/** The forum's standing agenda points: every new meeting starts its agenda with them ("RUS – avstämning …"). */
export function StandingItems({ forum }: { forum: Forum }) {
  const { t } = useTranslation();
  const query = useStandingItems(forum.id);
  const remove = useRemoveStandingItem();
  const move = useUpdateStandingItem();
  const describeError = useForumErrorText();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  return (
    <section aria-labelledby="standing-heading">
      <h2 id="standing-heading">{t('forums.standing.title')}</h2>
      <p>{t('forums.standing.intro')}</p>
      {query.isPending && <Spinner label={t('forums.standing.loading')} />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {refusal && <RefusalAlert refusal={refusal} />}
      {query.data &&
        (query.data.items.length === 0 ? (
          <p>{t('forums.standing.none')}</p>
        ) : (
          <ol className="standing-items">
            {query.data.items.map((item, index, items) => (
              <li key={item.id}>
                <strong>{item.title}</strong> ({t(`agendaItemKind.${item.kind}`)})
                {item.agreement && (
                  <>
                    {' – '}
                    <Link href={toAgreement({ id: item.agreement.id })}>{item.agreement.title}</Link>
                  </>
                )}
                {item.description && <p className="preserve-lines">{item.description}</p>}
                {query.data.editable && (
                  <div className="page-actions">
                    {index > 0 && (
                      <Button
                        isDisabled={move.isPending}
                        onPress={() =>
                          move.mutate(
                            {
                              forumId: forum.id,
                              itemId: item.id,
                              etag: etagOfVersion(item.version),
                              input: inputOf(item, index),
                            },
                            { onSettled: (_, failed) => setRefusal(failed ? describeError(failed) : null) },
                          )
                        }
                      >
                        {t('forums.standing.moveUp', { title: item.title })}
                      </Button>
                    )}
                    {index < items.length - 1 && (
                      <Button
                        isDisabled={move.isPending}
                        onPress={() =>
                          move.mutate(
                            {
                              forumId: forum.id,
                              itemId: item.id,
                              etag: etagOfVersion(item.version),
                              input: inputOf(item, index + 2),
                            },
                            { onSettled: (_, failed) => setRefusal(failed ? describeError(failed) : null) },
                          )
                        }
                      >
                        {t('forums.standing.moveDown', { title: item.title })}
                      </Button>
                    )}
                  </div>
                )}
                {query.data.editable && (
                  <Disclosure summary={t('forums.standing.edit', { title: item.title })}>
                    <EditStandingItemForm forum={forum} item={item} />
                  </Disclosure>
                )}
                {query.data.editable && (
                  <ConfirmAction
                    label={t('forums.standing.remove', { title: item.title })}
                    title={t('forums.standing.confirmRemove', { title: item.title })}
                    confirmLabel={t('forums.standing.removeShort')}
                    action={() =>
                      remove.mutateAsync({ forumId: forum.id, itemId: item.id, etag: etagOfVersion(item.version) })
                    }
                    onDone={({ error: failed }) => setRefusal(failed ? describeError(failed) : null)}
                  />
                )}
              </li>
            ))}
          </ol>
        ))}
      {query.data?.editable && (
        <Disclosure summary={t('forums.standing.addTitle')}>
          <AddStandingItemForm forum={forum} />
        </Disclosure>
      )}
    </section>
  );
}
