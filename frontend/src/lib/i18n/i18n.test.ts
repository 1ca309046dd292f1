import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../locales/en.json';
import sv from '../../locales/sv.json';
import { changeLanguage, LANGUAGE_STORAGE_KEY } from './i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

afterEach(async () => {
  await changeLanguage('sv');
});

describe('i18n', () => {
  it('starts in Swedish', () => {
    expect(i18next.language).toBe('sv');
    expect(document.documentElement.lang).toBe('sv');
  });

  it('switching to English updates <html lang> and is remembered', async () => {
    await changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(i18next.t('organisations.list.title')).toBe('Organisations');
  });

  it('has every text in both languages', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it('reports a text that is missing, loudly and where the tests look', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A key the texts do not have, typed as one they have (as a key built at run time would be).
    const unknownKey = ['common', 'noSuchText'].join('.') as 'common.retry';
    expect(i18next.t(unknownKey)).toBe('common.noSuchText');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('common.noSuchText'));
    expect(window.samverkanMissingTexts).toEqual(['common.noSuchText']);
    // Checked here, so the setup's own check does not fail this test.
    window.samverkanMissingTexts = [];
  });

  it('has no empty texts', () => {
    const empty = [...keys(sv), ...keys(en)].filter((key) => !i18next.t(key as 'app.name'));
    expect(empty).toEqual([]);
  });
});
