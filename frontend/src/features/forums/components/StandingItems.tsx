import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction, QueryError, RefusalAlert, type Refusal } from '../../../components';
import { Button, Disclosure, Link, Spinner } from '../../../design-system';
import { etagOfVersion } from '../../../lib/api';
import { toAgreement } from '../../../lib/links';
import { useAddStandingItem } from '../api/addStandingItem';
import { useStandingItems } from '../api/getStandingItems';
import { useRemoveStandingItem } from '../api/removeStandingItem';
import { useUpdateStandingItem } from '../api/updateStandingItem';
import type { AgendaItemKind, Forum, StandingItem, StandingItemInput } from '../types';
import { AgendaPointForm, agendaPointValues, type AgendaPointValues } from './AgendaPointForm';
import { optional } from './optional';
import { useForumErrorText } from './ruleMessages';
import { useSavedNotice } from './SavedNotice';

const FORM = 'standing-item';

/** The typed fields of a standing point, as the API takes them. */
function typedStandingItem(values: AgendaPointValues): StandingItemInput {
  return {
    title: values.title,
    kind: values.kind as AgendaItemKind,
    description: optional(values.description),
    agreementId: values.agreementId ?? undefined,
  };
}

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

/** The label of a standing point's field. */
function useStandingItemLabel() {
  const { t } = useTranslation();
  return (field: string) => t(`forums.standing.fields.${field as 'title' | 'kind' | 'description' | 'agreementId'}`);
}

function AddStandingItemForm({ forum }: { forum: Forum }) {
  const { t } = useTranslation();
  const add = useAddStandingItem();
  const label = useStandingItemLabel();
  const { notice, saving } = useSavedNotice();
  return (
    <>
      {notice}
      <AgendaPointForm
        form={FORM}
        initial={agendaPointValues()}
        labelOf={label}
        agreements={forum.agreements}
        descriptionRows={2}
        emptyAfterSave
        submitLabel={t('forums.standing.add')}
        onSubmit={(values) =>
          saving(async () => {
            const created = await add.mutateAsync({ forumId: forum.id, input: typedStandingItem(values) });
            return t('forums.standing.added', { title: created.title });
          })
        }
      />
    </>
  );
}

function EditStandingItemForm({ forum, item }: { forum: Forum; item: StandingItem }) {
  const { t } = useTranslation();
  const update = useUpdateStandingItem();
  const label = useStandingItemLabel();
  const { notice, saving } = useSavedNotice();
  return (
    <>
      {notice}
      <AgendaPointForm
        form={`${FORM}-${item.id}`}
        initial={agendaPointValues(item)}
        labelOf={label}
        agreements={forum.agreements}
        descriptionRows={2}
        submitLabel={t('forums.standing.save')}
        onSubmit={(values) =>
          saving(async () => {
            const input = typedStandingItem(values);
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
            return t('forums.standing.saved', { title: changed.title });
          })
        }
      />
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
  const refused = (failed: unknown) => setRefusal(failed ? describeError(failed) : null);
  /** Sends the point unchanged at its new place (1 is the first), with the version read. */
  const moveTo = (item: StandingItem, position: number) =>
    move.mutate(
      { forumId: forum.id, itemId: item.id, etag: etagOfVersion(item.version), input: inputOf(item, position) },
      { onSettled: (_, failed) => refused(failed) },
    );
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
                      <Button isDisabled={move.isPending} onPress={() => moveTo(item, index)}>
                        {t('forums.standing.moveUp', { title: item.title })}
                      </Button>
                    )}
                    {index < items.length - 1 && (
                      <Button isDisabled={move.isPending} onPress={() => moveTo(item, index + 2)}>
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
                    onDone={({ error: failed }) => refused(failed)}
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
