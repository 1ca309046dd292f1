import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ConfirmDialog, type ButtonVariant } from '../design-system';

export type ConfirmActionProps = {
  /** The button's visible text … */
  label: string;
  /** … and what it acts on, for screen readers (e.g. the goal area's name). */
  hiddenLabel?: string;
  variant?: ButtonVariant;
  title: string;
  /** The consequences, and any input the action needs (e.g. an adoption date). */
  children?: ReactNode;
  confirmLabel: string;
  /** Runs the action; its outcome is reported to the page (`onDone`), which shows it. */
  action: () => Promise<unknown>;
  onDone: (outcome: { error?: unknown }) => void;
};

/** A button for a consequential action that asks first, in a dialog, and reports the outcome to the page. */
export function ConfirmAction({
  label,
  hiddenLabel,
  variant,
  title,
  children,
  confirmLabel,
  action,
  onDone,
}: ConfirmActionProps) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [isPending, setPending] = useState(false);
  const confirm = async () => {
    setPending(true);
    try {
      await action();
      setOpen(false);
      onDone({});
    } catch (error) {
      setOpen(false);
      onDone({ error });
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button variant={variant} onPress={() => setOpen(true)}>
        {label}
        {hiddenLabel && <span className="visually-hidden">{` ${hiddenLabel}`}</span>}
      </Button>
      <ConfirmDialog
        isOpen={isOpen}
        onOpenChange={setOpen}
        title={title}
        confirmLabel={confirmLabel}
        cancelLabel={t('common.form.cancel')}
        pendingLabel={t('common.form.pending')}
        isPending={isPending}
        onConfirm={() => void confirm()}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
