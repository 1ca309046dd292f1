import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BackLink,
  Button,
  DescriptionList,
  LinkButton,
  PageHeading,
  type ButtonVariant,
  type DescriptionItem,
} from '../design-system';
import { ConfirmAction } from './ConfirmAction';
import { Loaded } from './Loaded';

/** A link a page offers: where it goes and its words. */
export type PageLink = { href: string; label: ReactNode };

/**
 * The top of a page about something: the way back (above the heading) and the page's heading. A page whose main
 * action stands beside the heading passes `action`: the link, or `null` where the visitor may not act (the heading
 * keeps its place).
 */
export function PageTop({ back, title, action }: { back?: PageLink; title: string; action?: PageLink | null }) {
  return (
    <>
      {back && <BackLink href={back.href}>{back.label}</BackLink>}
      {action === undefined ? (
        <PageHeading>{title}</PageHeading>
      ) : (
        <div className="page-header">
          <PageHeading>{title}</PageHeading>
          {action && (
            <LinkButton variant="primary" href={action.href}>
              {action.label}
            </LinkButton>
          )}
        </div>
      )}
    </>
  );
}

/** A thing's facts as label/value pairs; a value that is not there reads "not set". */
export function Facts({ items }: { items: DescriptionItem[] }) {
  const { t } = useTranslation();
  return <DescriptionList emptyValue={t('common.notSet')} items={items} />;
}

/** A link to where the visitor acts (edit, add …) on a line of its own; nothing where they may not. */
export function ActionLink({
  href,
  allowed = true,
  children,
}: {
  href: string;
  allowed?: boolean;
  children: ReactNode;
}) {
  if (!allowed) return null;
  return (
    <p>
      <LinkButton href={href}>{children}</LinkButton>
    </p>
  );
}

/**
 * A list of things or, when there are none, the sentence that says so. `children` renders one item as its `<li>`
 * (with its key).
 */
export function ListOrNone<T>({
  items,
  none,
  ordered = false,
  className,
  children,
}: {
  items: readonly T[];
  none: ReactNode;
  ordered?: boolean;
  className?: string;
  children: (item: T, index: number) => ReactNode;
}) {
  if (items.length === 0) return <p>{none}</p>;
  const List = ordered ? 'ol' : 'ul';
  return <List className={className}>{items.map(children)}</List>;
}

/** A part of a page that reads a list: loading, a failure with a retry, the sentence for none, or the list itself. */
export function LoadedList<T>({
  query,
  none,
  children,
}: {
  query: UseQueryResult<readonly T[]>;
  none: ReactNode;
  children: (items: readonly T[]) => ReactNode;
}) {
  return <Loaded query={query}>{(items) => (items.length === 0 ? <p>{none}</p> : children(items))}</Loaded>;
}

/**
 * The buttons that move a thing to the statuses the server allows (its `permissions.statusChanges`), in a row; none
 * when it allows none.
 */
export function StatusButtons<S extends string>({
  statuses,
  className,
  label,
  variant,
  isPending,
  onChange,
}: {
  statuses: readonly S[];
  className: string;
  label: (status: S) => string;
  variant?: (status: S) => ButtonVariant;
  isPending: boolean;
  onChange: (status: S) => void;
}) {
  if (statuses.length === 0) return null;
  return (
    <div className={className}>
      {statuses.map((status) => (
        <Button key={status} variant={variant?.(status)} isDisabled={isPending} onPress={() => onChange(status)}>
          {label(status)}
        </Button>
      ))}
    </div>
  );
}

/**
 * A section that deletes the page's subject after a confirmation: its heading, what deleting means, the refusal of
 * the last try, and the button; or, where the subject must stay, why (`kept`). `remove` deletes (its failure is
 * shown through `error`), then `onRemoved` goes on (to the list, say).
 */
export function DeleteSection({
  id,
  title,
  intro,
  kept,
  error,
  label,
  confirmTitle,
  confirmText,
  remove,
  onRemoved,
}: {
  id: string;
  title: string;
  intro: ReactNode;
  kept?: ReactNode;
  error: ReactNode;
  label: string;
  confirmTitle: string;
  confirmText: ReactNode;
  remove: () => Promise<unknown>;
  onRemoved: () => void;
}) {
  if (kept)
    return (
      <section aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        <p>{kept}</p>
      </section>
    );
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{intro}</p>
      {error}
      <ConfirmAction
        label={label}
        title={confirmTitle}
        confirmLabel={label}
        action={remove}
        onDone={(outcome) => {
          if (!('error' in outcome)) onRemoved();
        }}
      >
        <p>{confirmText}</p>
      </ConfirmAction>
    </section>
  );
}
