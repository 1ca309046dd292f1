import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../locales/en.json';
import sv from '../../locales/sv.json';
import { setLanguageProvider } from '../api';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

export const LANGUAGE_STORAGE_KEY = 'samverkan.language';

export const resources = {
  sv: { translation: sv },
  en: { translation: en },
} as const;

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

/** Swedish unless the visitor chose English earlier (remembered in localStorage); keeps `<html lang>` in step. */
export function initI18n(): typeof i18next {
  if (!i18next.isInitialized) {
    i18next.on('languageChanged', applyLanguage);
    void i18next.use(initReactI18next).init({
      resources,
      lng: storedLanguage(),
      fallbackLng: 'sv',
      supportedLngs: languages,
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
    setLanguageProvider(() => i18next.language);
  }
  document.documentElement.lang = i18next.language;
  return i18next;
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'sv';
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
}

/** The locale to format dates and numbers with. */
export function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'sv-SE';
}
