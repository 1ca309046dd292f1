import 'i18next';
import type sv from '../../locales/sv.json';
import type national from '../../locales/national/sv.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // A feature's texts loaded with its pages (addFeatureTexts) are keys of the one namespace too.
    resources: { translation: typeof sv & typeof national };
  }
}
