import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';

import type { VersionedActionItem } from '../api/getActionItem';
import type { ActionItem } from '../types';
import { ForumServerForm } from './ForumServerForm';

/** What a form on an action item's page gets: the item with the ETag read, how to read the latest, what to say once saved. */
export type ActionItemFormProps = {
  versioned: VersionedActionItem;
  /** Reads the item again; the page's item is then the latest. */
  refetch: () => Promise<VersionedActionItem>;
  onSaved: (text: string) => void;
};

/** A section of an action item's page for a step taken on it: its heading, what it does, its form. */
export function ActionItemSection({
  headingId,
  title,
  intro,
  children,
}: {
  headingId: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {intro && <p>{intro}</p>}
      {children}
    </section>
  );
}

/**
 * A one-step action on an action item from its page (raising it, passing it along): a section with its heading and
 * form, saved with the version read; a refusal is explained in the forum's words, and when the item changed
 * meanwhile the refusal says so and offers to read the latest version, to try again with it. Its inputs are not the
 * item's fields, so there is nothing to lay onto the latest version.
 */
export function ActionItemStep({
  headingId,
  title,
  intro,
  form,
  fields,
  labelOf,
  submitLabel,
  refetch,
  onSubmit,
  children,
}: {
  headingId: string;
  title: string;
  intro?: string;
  form: string;
  fields: readonly string[];
  labelOf: (field: string) => string;
  submitLabel: string;
  /** Reads the item again when it changed meanwhile; a failed read shows on the page. */
  refetch: () => Promise<unknown>;
  onSubmit: () => Promise<void>;
  children: ReactNode;
}) {
  return (
    <ActionItemSection headingId={headingId} title={title} intro={intro}>
      <ForumServerForm
        form={form}
        fields={fields}
        labelOf={labelOf}
        onReload={() => void refetch().catch(() => undefined)}
        submitLabel={submitLabel}
        onSubmit={onSubmit}
      >
        {children}
      </ForumServerForm>
    </ActionItemSection>
  );
}

/** Opens the new item a step made in another forum (raised or passed along), saying where it went. */
export function useOpenNewItem(notice: 'forums.escalation.done' | 'forums.passAlong.done') {
  const navigate = useNavigate();
  return (item: ActionItem) =>
    navigate({
      to: '/action-items/$id',
      params: { id: item.id },
      state: { notice: { key: notice, values: { forum: item.forum.name } } },
    });
}
