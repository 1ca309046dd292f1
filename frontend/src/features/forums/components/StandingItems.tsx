import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction, FormField, QueryError, RefusalAlert, ServerForm, type Refusal } from '../../../components';
import { Alert, Disclosure, Link, Select, Spinner, TextArea, TextField } from '../../../design-system';
import { etagOfVersion } from '../../../lib/api';
import { toAgreement } from '../../../lib/links';
import { useAddStandingItem } from '../api/addStandingItem';
import { useStandingItems } from '../api/getStandingItems';
import { useRemoveStandingItem } from '../api/removeStandingItem';
import { agendaItemKinds, type AgendaItemKind, type Forum } from '../types';
import { optional } from './optional';
import { useForumErrorText } from './ruleMessages';

const FORM = 'standing-item';
const fields = ['title', 'kind', 'description', 'agreementId'] as const;

function AddStandingItemForm({ forum }: { forum: Forum }) {
  const { t } = useTranslation();
  const add = useAddStandingItem();
  const describeError = useForumErrorText();
  const empty = { title: '', kind: null as AgendaItemKind | null, description: '', agreementId: null as string | null };
  const [values, setValues] = useState(empty);
  const [saved, setSaved] = useState<string | null>(null);
  const label = (field: string) => t(`forums.standing.fields.${field as (typeof fields)[number]}`);
  return (
    <>
      {saved && <Alert tone="success" title={saved} />}
      <ServerForm
        form={FORM}
        fields={fields}
        labelOf={label}
        describeError={describeError}
        submitLabel={t('forums.standing.add')}
        onSubmit={async () => {
          setSaved(null);
          const created = await add.mutateAsync({
            forumId: forum.id,
            input: {
              title: values.title,
              kind: values.kind as AgendaItemKind,
              description: optional(values.description),
              agreementId: values.agreementId ?? undefined,
            },
          });
          setValues(empty);
          setSaved(t('forums.standing.added', { title: created.title }));
        }}
      >
        <FormField form={FORM} name="title">
          <TextField
            name="title"
            label={label('title')}
            isRequired
            value={values.title}
            onChange={(title) => setValues((v) => ({ ...v, title }))}
          />
        </FormField>
        <FormField form={FORM} name="kind">
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
        <FormField form={FORM} name="agreementId">
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
        <FormField form={FORM} name="description">
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
            {query.data.items.map((item) => (
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
