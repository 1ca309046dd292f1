import i18next, { type ResourceKey } from 'i18next';
import { coreTexts, featureTexts } from 'virtual:texts';

/**
 * The texts come in chunks (see vite-plugin-texts.ts): the core for the shared layers, one chunk per feature and
 * language. A feature's chunk is loaded with its first page; a language's chunks when it is chosen.
 */
const requested = new Map<string, Promise<void>>();
const features = new Set<string>();
/** The language being switched to, while its texts load: a page that opens meanwhile loads them for it too. */
let nextLanguage: string | undefined;

function add(language: string, chunk: string, texts: () => Promise<ResourceKey> | undefined): Promise<void> {
  const key = `${language}/${chunk}`;
  let promise = requested.get(key);
  if (!promise) {
    promise = (texts() ?? Promise.resolve({})).then((bundle) => {
      i18next.addResourceBundle(language, 'translation', bundle, true, true);
    });
    // A failed load (offline) may be tried again by the next page.
    promise.catch(() => requested.delete(key));
    requested.set(key, promise);
  }
  return promise;
}

function coreOf(language: string): () => Promise<ResourceKey> | undefined {
  return () => coreTexts[language]?.();
}

function featureOf(language: string, feature: string): () => Promise<ResourceKey> | undefined {
  return () => featureTexts[language]?.[feature]?.();
}

/** The core texts of a language, for i18next's start. */
export function coreTextsOf(language: string): Promise<ResourceKey> {
  return coreOf(language)() ?? Promise.resolve({});
}

/** Marks a language's core as present (i18next started with it). */
export function markCoreLoaded(language: string): void {
  requested.set(`${language}/core`, Promise.resolve());
}

/** Loads everything the pages seen so far need in `language`: its core and each used feature's chunk. */
export async function loadLanguage(language: string): Promise<void> {
  nextLanguage = language;
  try {
    await Promise.all([
      add(language, 'core', coreOf(language)),
      ...[...features].map((feature) => add(language, feature, featureOf(language, feature))),
    ]);
  } finally {
    nextLanguage = undefined;
  }
}

/** Resolves with `module` once `feature`'s texts are loaded too; the build wraps every feature's `import()` in it. */
export function withFeatureTexts<T>(feature: string, module: Promise<T>): Promise<T> {
  features.add(feature);
  const languages = new Set([i18next.language || 'sv', ...(nextLanguage ? [nextLanguage] : [])]);
  const texts = [...languages].map((language) => add(language, feature, featureOf(language, feature)));
  return Promise.all([module, ...texts]).then(([loaded]) => loaded);
}
