import { useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from './useDebouncedValue';

/**
 * The text of a search field whose settled value lives elsewhere (the address): typing is sent once it settles,
 * Enter sends at once, and a change made elsewhere (back button, "clear filters") is shown in the field.
 */
export function useSearchText(value: string | undefined, onSettled: (q: string | undefined) => void, debounceMs = 300) {
  const [text, setText] = useState(value ?? '');
  const debounced = useDebouncedValue(text.trim(), debounceMs);
  const lastSent = useRef(value ?? '');

  useEffect(() => {
    if (debounced !== lastSent.current) {
      lastSent.current = debounced;
      onSettled(debounced || undefined);
    }
  }, [debounced, onSettled]);

  useEffect(() => {
    const q = value ?? '';
    if (q !== lastSent.current) {
      lastSent.current = q;
      setText(q);
    }
  }, [value]);

  const submit = (entered: string) => {
    const q = entered.trim();
    lastSent.current = q;
    onSettled(q || undefined);
  };

  return { text, setText, submit };
}
