import { addFeatureTexts } from '../../lib/i18n';

let loading: Promise<void> | undefined;

/** The national pages' texts, a chunk of their own beside the first page's (see addFeatureTexts). */
export function loadNationalTexts(): Promise<void> {
  loading ??= addFeatureTexts({
    sv: () => import('../../locales/national/sv.json'),
    en: () => import('../../locales/national/en.json'),
  });
  return loading;
}
