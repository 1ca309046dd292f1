import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';
import './Dialog.css';

export type ConfirmDialogProps = {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** While the confirmed action runs: the confirm button says so and does not run it twice. */
  isPending?: boolean;
  pendingLabel?: string;
};

/**
 * A modal question before a consequential action (adopt, delete …): focus moves into it and stays there until it
 * is answered; Escape or the cancel button closes it and focus returns to the button that opened it.
 */
export function ConfirmDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  isPending,
  pendingLabel,
}: ConfirmDialogProps) {
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={onOpenChange} isDismissable className="ds-modal-overlay">
      <Modal className="ds-modal">
        <Dialog className="ds-dialog" role="alertdialog">
          <Heading slot="title" level={2} className="ds-dialog-title">
            {title}
          </Heading>
          <div className="ds-dialog-body">{children}</div>
          <div className="page-actions">
            <Button variant="primary" onPress={() => !isPending && onConfirm()}>
              {isPending && pendingLabel ? pendingLabel : confirmLabel}
            </Button>
            <Button slot="close">{cancelLabel}</Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
