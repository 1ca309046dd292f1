import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setLanguageProvider } from '../api';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

export const LANGUAGE_STORAGE_KEY = 'samverkan.language';

/** Each language's texts are a chunk of their own, loaded when the language is first used. */
const loaders: Record<Language, () => Promise<{ default: ResourceKey }>> = {
  sv: () => import('../../locales/sv.json'),
  en: () => import('../../locales/en.json'),
};

const lazyTexts: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    const load = isLanguage(language) ? loaders[language] : loaders.sv;
    load().then(
      (texts) => {
        callback(null, texts.default);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)), false);
      },
    );
  },
};

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

/**
 * Swedish unless the visitor chose English earlier (remembered in localStorage); keeps `<html lang>` in step.
 * Resolves when the language's texts are loaded.
 */
export async function initI18n(): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    i18next.on('languageChanged', applyLanguage);
    await i18next
      .use(lazyTexts)
      .use(initReactI18next)
      .init({
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

/**
 * A feature's texts kept out of the first page's text chunk (issue #17): loaded with the feature's first page, in
 * both languages, and merged into the common texts. A language whose common texts are not loaded yet is loaded
 * first, so that the feature's keys never stand in for the whole language.
 */
export async function addFeatureTexts(
  featureLoaders: Record<Language, () => Promise<{ default: ResourceKey }>>,
): Promise<void> {
  await Promise.all(
    languages.map(async (language) => {
      const [texts] = await Promise.all([
        featureLoaders[language](),
        i18next.hasResourceBundle(language, 'translation') ? Promise.resolve() : i18next.loadLanguages(language),
      ]);
      i18next.addResourceBundle(language, 'translation', texts.default, true, false);
    }),
  );
}
