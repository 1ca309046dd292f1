import { useBlocker, useRouter } from '@tanstack/react-router';
import { createContext, useContext, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../design-system';

/**
 * Where a form inside an edit session says whether it holds changes not yet saved (see `useEditSession`): a session
 * that follows the page's record does not start the form again over them.
 */
export const UnsavedChangesReport = createContext<((unsaved: boolean) => void) | undefined>(undefined);

/**
 * Asks before a form with unsaved changes is left: a navigation inside the app opens a dialog (stay or leave), and
 * closing or reloading the tab gets the browser's own question. `isDirty` is read when the person tries to leave;
 * `whileSaving` lets the form's own navigation after a save through.
 */
export function useUnsavedChanges(isDirty: boolean) {
  const { t } = useTranslation();
  const saving = useRef(false);
  const report = useContext(UnsavedChangesReport);
  useEffect(() => {
    report?.(isDirty);
  }, [report, isDirty]);
  // The blocker registers this closure anew on each render, so it sees the latest isDirty.
  const blocks = () => isDirty && !saving.current;
  const blocker = useBlocker({
    // Only leaving the page counts: a search or hash change on the same page keeps the form.
    shouldBlockFn: ({ current, next }) => blocks() && current.pathname !== next.pathname,
    enableBeforeUnload: blocks,
    withResolver: true,
  });
  const dialog = (
    <ConfirmDialog
      isOpen={blocker.status === 'blocked'}
      onOpenChange={(open) => {
        if (!open) blocker.reset?.();
      }}
      title={t('common.unsaved.title')}
      confirmLabel={t('common.unsaved.leave')}
      cancelLabel={t('common.unsaved.stay')}
      onConfirm={() => blocker.proceed?.()}
    >
      <p>{t('common.unsaved.text')}</p>
    </ConfirmDialog>
  );
  const whileSaving = async (save: () => Promise<void>) => {
    saving.current = true;
    try {
      await save();
    } finally {
      saving.current = false;
    }
  };
  return { dialog, whileSaving };
}

/**
 * Removes the page's success notice (router state `notice`, e.g. "Mötet är sparat") once a new error is shown, so an
 * old confirmation does not stand next to a new refusal.
 */
export function useDropPageNotice() {
  const router = useRouter();
  return () => {
    const { location } = router.history;
    const state = location.state as { notice?: unknown };
    if (state.notice === undefined) return;
    router.history.replace(
      location.pathname + location.search + location.hash,
      { ...state, notice: undefined },
      {
        ignoreBlocker: true,
      },
    );
  };
}
