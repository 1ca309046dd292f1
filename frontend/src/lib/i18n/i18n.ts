import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setLanguageProvider } from '../api';
import { coreTextsOf, loadLanguage, markCoreLoaded } from './featureTexts';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

export const LANGUAGE_STORAGE_KEY = 'samverkan.language';

function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : 'sv';
  } catch {
    return 'sv';
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be disabled; the choice then lasts until the page is reloaded.
  }
}

declare global {
  interface Window {
    /** The text keys a page asked for and did not have (the end-to-end tests fail a page that has any). */
    samverkanMissingTexts?: string[];
  }
}

/** A text the code names but the loaded texts lack: said loudly, and kept for the tests to find. */
function reportMissing(languages: readonly string[], _namespace: string, key: string): void {
  console.error(`Missing text "${key}" (${languages.join(', ')})`);
  (window.samverkanMissingTexts ??= []).push(key);
}

/**
 * Swedish unless the visitor chose English earlier (remembered in localStorage); keeps `<html lang>` in step.
 * Resolves when the language's core texts are there (Swedish ones are part of the entry); each feature's texts come
 * with its pages.
 */
export async function initI18n(): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    const language = storedLanguage();
    const core = await coreTextsOf(language);
    markCoreLoaded(language);
    i18next.on('languageChanged', applyLanguage);
    await i18next.use(initReactI18next).init({
      lng: language,
      resources: { [language]: { translation: core } },
      // Every language has every text (a test checks): no fallback, so a text that did not load is seen as missing.
      fallbackLng: false,
      supportedLngs: languages,
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
      saveMissing: true,
      missingKeyHandler: reportMissing,
    });
    setLanguageProvider(() => i18next.language);
  }
  document.documentElement.lang = i18next.language;
  return i18next;
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'sv';
}

/** Switches once the language's texts for the pages seen so far are loaded. */
export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

/** The locale to format dates and numbers with. */
export function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'sv-SE';
}
