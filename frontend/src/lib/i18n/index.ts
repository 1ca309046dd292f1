export {
  addFeatureTexts,
  changeLanguage,
  currentLanguage,
  initI18n,
  languages,
  locale,
  LANGUAGE_STORAGE_KEY,
} from './i18n';
export type { Language } from './i18n';
