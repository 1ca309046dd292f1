import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import sv from '../../locales/sv.json';
import nationalEn from '../../locales/national/en.json';
import nationalSv from '../../locales/national/sv.json';
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

  it('has every feature text in both languages, apart from the common texts', () => {
    expect(keys(nationalEn).sort()).toEqual(keys(nationalSv).sort());
    const common = new Set(keys(sv));
    expect(keys(nationalSv).filter((key) => common.has(key))).toEqual([]);
    expect([...keys(nationalSv), ...keys(nationalEn)].filter((key) => key.endsWith('.') || key === '')).toEqual([]);
  });

  it('has no empty texts', () => {
    const empty = [...keys(sv), ...keys(en)].filter((key) => !i18next.t(key as 'app.name'));
    expect(empty).toEqual([]);
  });
});
