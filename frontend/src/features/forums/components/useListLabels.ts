import { useTranslation } from 'react-i18next';
import type { OrderedListEditorLabels } from '../../../design-system';

/** The texts of an ordered list editor: its legend, one entry's name and what to add; the rest is shared. */
export function useListLabels(
  legend: string,
  item: (position: number) => string,
  add: string,
  empty: string,
): OrderedListEditorLabels {
  const { t } = useTranslation();
  return {
    legend,
    item,
    add,
    moveUp: t('forums.form.moveUp'),
    moveDown: t('forums.form.moveDown'),
    remove: t('forums.form.remove'),
    moved: (from, to, count) => t('forums.form.moved', { from, to, count }),
    added: (position) => t('forums.form.added', { position }),
    removed: (position) => t('forums.form.removed', { position }),
    empty,
  };
}
