import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import { initI18n } from '../lib/i18n';

await initI18n();

// Pages load their code when first shown; on a busy machine the first import of a page takes longer than the
// default second of findBy…/waitFor. A test that really waits for nothing still fails.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  // A text the code asked for and the texts lack (i18n reports it) fails the test that showed it.
  const missing = window.samverkanMissingTexts ?? [];
  window.samverkanMissingTexts = [];
  expect(missing, 'texts missing from src/locales').toEqual([]);
});
