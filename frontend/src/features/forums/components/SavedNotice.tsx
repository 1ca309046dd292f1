import { useState } from 'react';
import { Alert } from '../../../design-system';

/**
 * The confirmation of a small form inside a page (a point added, minutes saved …), shown above it: `saving` runs a
 * save and shows the text it resolves to; the last confirmation goes as the next save starts, and a refusal shows
 * none (the form explains it).
 */
export function useSavedNotice() {
  const [text, setText] = useState<string | null>(null);
  return {
    notice: text ? <Alert tone="success" title={text} /> : null,
    saving: async (save: () => Promise<string>) => {
      setText(null);
      setText(await save());
    },
  };
}
