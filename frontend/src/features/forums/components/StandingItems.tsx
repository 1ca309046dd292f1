import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ConfirmAction,
  conflictText,
  QueryError,
  refetched,
  type Refusal,
  RefusalAlert,
  RemovedMeanwhile,
  VersionedEdit,
} from '../../../components';
import { Button, Disclosure, Link, Spinner } from '../../../design-system';
import { ApiError, etagOfVersion } from '../../../lib/api';
import { toAgreement } from '../../../lib/links';
import { useAddStandingItem } from '../api/addStandingItem';
import { useStandingItems } from '../api/getStandingItems';
import { useRemoveStandingItem } from '../api/removeStandingItem';
import { useUpdateStandingItem } from '../api/updateStandingItem';
import type { AgendaItemKind, Forum, StandingItem, StandingItemInput } from '../types';
import { AgendaPointForm, agendaPointValues, shownValues, type AgendaPointValues } from './AgendaPointForm';
import { optional } from './optional';
import { useForumErrorText } from './ruleMessages';
import { useSavedNotice } from './SavedNotice';
import { useAgendaPointDescription } from './AgendaItemForms';

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
        initialInput={agendaPointValues()}
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

/**
 * A standing point as its edit form edits it: the fields shown, and what the API takes back as it is (its place, the
 * goal area of its agreement), so a re-apply keeps where someone else moved it.
 */
type StandingItemState = AgendaPointValues & { goalAreaId: string | null; position: number };

const editFields = ['title', 'kind', 'agreementId', 'description'] as const;

function standingItemState(item: StandingItem): StandingItemState {
  return { ...agendaPointValues(item), goalAreaId: item.goalArea?.id ?? null, position: item.position };
}

/**
 * Corrects a standing point over the version read; when someone else saved it meanwhile (or moved it), the conflict
 * screen shows what they changed.
 */
function EditStandingItemForm({
  forum,
  item,
  readAgain,
  onGone,
}: {
  forum: Forum;
  item: StandingItem;
  /** Reads the forum's standing points again. */
  readAgain: () => Promise<StandingItem[]>;
  /** The save found the point removed by someone else meanwhile (a 412 whose latest read lacks it, or a 404). */
  onGone: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateStandingItem();
  const label = useStandingItemLabel();
  const describePoint = useAgendaPointDescription();
  const { notice, saving } = useSavedNotice();
  return (
    <>
      {notice}
      <VersionedEdit
        follow
        read={item}
        readAgain={async () => {
          const latest = (await readAgain()).find((entry) => entry.id === item.id);
          if (!latest) {
            onGone();
            throw new Error(`The standing item ${item.id} is gone`);
          }
          return latest;
        }}
        snapshotOf={(latest: StandingItem) => ({
          input: standingItemState(latest),
          etag: etagOfVersion(latest.version),
        })}
        save={async (state, etag) => {
          let saved: StandingItem | undefined;
          await saving(async () => {
            try {
              saved = await update.mutateAsync({
                forumId: forum.id,
                itemId: item.id,
                etag,
                input: {
                  ...typedStandingItem(state),
                  position: state.position,
                  goalAreaId: state.goalAreaId ?? undefined,
                },
              });
            } catch (error) {
              if (error instanceof ApiError && error.is('not-found')) onGone();
              throw error;
            }
            return t('forums.standing.saved', { title: saved.title });
          });
          return saved && { input: standingItemState(saved), etag: etagOfVersion(saved.version) };
        }}
        fields={editFields}
        labelOf={label}
        describe={(field, value) =>
          field === 'agreementId'
            ? (forum.agreements.find((agreement) => agreement.id === value)?.title ?? conflictText(value))
            : describePoint(field, value)
        }
        renderForm={({ initialInput, ...start }, session) => (
          <AgendaPointForm
            {...start}
            form={`${FORM}-${item.id}`}
            initialInput={shownValues(initialInput)}
            labelOf={label}
            agreements={forum.agreements}
            descriptionRows={2}
            isDirty={(values) => values.kind !== initialInput.kind || values.agreementId !== initialInput.agreementId}
            submitLabel={t('forums.standing.save')}
            onSubmit={(values) => {
              const base = session.base.input;
              // The place as in the version it saves over; the goal area stays unless the agreement changes with it.
              return session.submit({
                ...base,
                ...values,
                goalAreaId: values.agreementId === base.agreementId ? base.goalAreaId : null,
              });
            }}
          />
        )}
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
  // The title of a point whose save found it removed by someone else meanwhile.
  const [gone, setGone] = useState<string | null>(null);
  const refused = (failed: unknown) => setRefusal(failed ? describeError(failed) : null);
  const readAgain = async () => (await refetched(query)).items;
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
      {gone !== null && (
        <RemovedMeanwhile
          title={t('forums.standing.gone', { title: gone })}
          text={t('forums.standing.goneText')}
          onReadAgain={() => {
            setGone(null);
            void query.refetch();
          }}
        />
      )}
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
                    <EditStandingItemForm
                      forum={forum}
                      item={item}
                      readAgain={readAgain}
                      onGone={() => setGone(item.title)}
                    />
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
