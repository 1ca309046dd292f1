import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../design-system';

/**
 * A confirmation step inside a form's save: `confirm()` opens a dialog and resolves to whether the person went on,
 * so the form's own error handling (field errors, rules) stays where it is.
 */
export function useConfirmation({
  title,
  confirmLabel,
  children,
}: {
  title: string;
  confirmLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [resolve, setResolve] = useState<((ok: boolean) => void) | null>(null);
  const answer = (ok: boolean) => {
    resolve?.(ok);
    setResolve(null);
  };
  const confirm = () => new Promise<boolean>((done) => setResolve(() => done));
  const dialog = (
    <ConfirmDialog
      isOpen={resolve !== null}
      onOpenChange={(open) => {
        if (!open) answer(false);
      }}
      title={title}
      confirmLabel={confirmLabel}
      cancelLabel={t('common.form.cancel')}
      onConfirm={() => answer(true)}
    >
      {children}
    </ConfirmDialog>
  );
  return { confirm, dialog };
}
