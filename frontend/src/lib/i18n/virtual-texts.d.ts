/** The texts split by vite-plugin-texts.ts: per language, the core and one loader per feature. */
declare module 'virtual:texts' {
  import type { ResourceKey } from 'i18next';

  export const defaultLanguage: string;
  export const coreTexts: Partial<Record<string, () => Promise<ResourceKey>>>;
  export const featureTexts: Partial<Record<string, Partial<Record<string, () => Promise<ResourceKey>>>>>;
}
