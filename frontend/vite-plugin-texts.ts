import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Splits the texts (`src/locales/<language>.json`) per feature at build time, so that the first page carries only
 * the texts it shows and each feature's texts come with its pages:
 * - core: every key named in the shared layers (`app/`, `components/`, `design-system/`, `lib/`, `main.tsx`) and in
 *   the feature modules those import statically (the header's search, the notification link), key by key;
 * - one chunk per feature: each top-level key the feature names (`'<key>.` or `'<key>'` in its code), whole, less
 *   the core's.
 * A key is "named" by a string literal (`'agreements.list.title'`) or by the fixed start of a template literal
 * (`` `agreementStatus.${status}` `` names all of `agreementStatus`). A template that starts with an expression
 * (`` `${namespace}.rules.title` ``) names nothing by itself; the feature that passes the namespace names it.
 *
 * Each dynamic `import()` in a feature's code waits for that feature's texts too, so a page never renders before
 * them. Swedish core texts are in the entry; English and every feature's texts are chunks loaded when needed. The
 * dev server and Vitest get each language whole (nothing to keep in step while editing).
 */

export type Texts = { [key: string]: string | Texts };
export type TextChunks = { core: Texts; features: Record<string, Texts> };

const SHARED_LAYERS = ['app', 'components', 'design-system', 'lib'];
const VIRTUAL = 'virtual:texts';
const RESOLVED = `\0${VIRTUAL}`;

function isSourceFile(path: string): boolean {
  return /\.tsx?$/.test(path) && !/\.d\.ts$|\.test\.tsx?$|[/\\]testData\.ts$/.test(path);
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return isSourceFile(path) ? [path] : [];
  });
}

function parse(path: string, source = readFileSync(path, 'utf8')): ts.SourceFile {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, kind);
}

/** The strings a module names: plain literals (`exact`) and the fixed starts of template literals (`prefixes`). */
export function namedStrings(file: ts.SourceFile): { exact: string[]; prefixes: string[]; openTemplates: string[] } {
  const exact: string[] = [];
  const prefixes: string[] = [];
  const openTemplates: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) exact.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      if (node.head.text) prefixes.push(node.head.text);
      else openTemplates.push(node.getText(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { exact, prefixes, openTemplates };
}

/** The modules a module imports for their values (`import type` is left out: it is gone at run time). */
function staticImports(file: ts.SourceFile): string[] {
  const specifiers: string[] = [];
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

function resolveModule(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (candidate) => isSourceFile(candidate) && existsSync(candidate),
  );
}

/** The source modules the entry loads before any lazy chunk: their texts must be in the core. */
export function staticallyReachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const path = queue.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const specifier of staticImports(parse(path))) {
      const target = resolveModule(path, specifier);
      if (target) queue.push(target);
    }
  }
  return seen;
}

function nodeAt(texts: Texts, path: string[]): string | Texts | undefined {
  let node: string | Texts | undefined = texts;
  for (const part of path) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

/** Copies `value` into `target` at `path`, merging with what is there. */
function put(target: Texts, path: string[], value: string | Texts): void {
  let node = target;
  for (const part of path.slice(0, -1)) {
    const child = node[part];
    if (typeof child !== 'object') node[part] = {};
    node = node[part] as Texts;
  }
  const last = path[path.length - 1];
  const existing = node[last];
  node[last] = typeof value === 'object' && typeof existing === 'object' ? merge(existing, value) : clone(value);
}

function clone<T extends string | Texts>(value: T): T {
  return typeof value === 'string' ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function merge(target: Texts, source: Texts): Texts {
  for (const [key, value] of Object.entries(source)) put(target, [key], value);
  return target;
}

/** `texts` without what `taken` holds already (empty branches dropped). */
function without(texts: Texts, taken: Texts): Texts {
  const rest: Texts = {};
  for (const [key, value] of Object.entries(texts)) {
    const other = Object.hasOwn(taken, key) ? taken[key] : undefined;
    if (other === undefined) rest[key] = value;
    else if (typeof value === 'object' && typeof other === 'object') {
      const inner = without(value, other);
      if (Object.keys(inner).length) rest[key] = inner;
    }
  }
  return rest;
}

/**
 * The texts a set of modules names, key by key: a literal names its key (and a plural's `_one`/`_other` forms), a
 * template's fixed start names everything under it.
 */
function namedTexts(texts: Texts, files: Iterable<string>): Texts {
  const named: Texts = {};
  const take = (path: string[], partial = false) => {
    if (path.length === 0 || path.some((part) => part === '')) return;
    const node = nodeAt(texts, path);
    if (node !== undefined && !partial) put(named, path, node);
    // Plural forms and keys that start with a template's fixed part (`kind${x}` names kindA, kindB …).
    const parent = nodeAt(texts, path.slice(0, -1));
    const last = path[path.length - 1];
    if (typeof parent === 'object') {
      for (const [key, value] of Object.entries(parent)) {
        if (partial ? key.startsWith(last) : key.startsWith(`${last}_`)) put(named, [...path.slice(0, -1), key], value);
      }
    }
  };
  for (const path of files) {
    const { exact, prefixes } = namedStrings(parse(path));
    for (const text of exact) if (text.includes('.')) take(text.split('.'));
    for (const text of prefixes) {
      if (text.endsWith('.')) take(text.slice(0, -1).split('.'));
      else if (text.includes('.')) take(text.split('.'), true);
    }
  }
  return named;
}

/** The feature a source file belongs to, if any (`src/features/<feature>/…`). */
export function featureOf(srcDir: string, path: string): string | undefined {
  const parts = relative(srcDir, path).split(sep);
  return parts[0] === 'features' && parts.length > 2 ? parts[1] : undefined;
}

/** The split: what the core holds and what each feature's chunk adds. */
export function splitTexts(srcDir: string, texts: Texts): TextChunks {
  const entry = join(srcDir, 'main.tsx');
  const reachable = staticallyReachable(entry);
  const coreFiles = new Set([
    entry,
    ...SHARED_LAYERS.flatMap((layer) => sourceFiles(join(srcDir, layer))),
    ...[...reachable].filter((path) => featureOf(srcDir, path) !== undefined),
  ]);
  const core = namedTexts(texts, coreFiles);
  const featuresDir = join(srcDir, 'features');
  const features: Record<string, Texts> = {};
  const claimed = new Set<string>();
  for (const feature of readdirSync(featuresDir).sort()) {
    if (!statSync(join(featuresDir, feature)).isDirectory()) continue;
    const sources = sourceFiles(join(featuresDir, feature))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const chunk: Texts = {};
    for (const [key, value] of Object.entries(texts)) {
      // `'agreements.` names agreements; so does `'agreements'` alone, a namespace handed to shared code.
      if (new RegExp(`['"\`]${key}[.'"\`]`).test(sources)) {
        chunk[key] = value;
        claimed.add(key);
      }
    }
    features[feature] = without(chunk, core);
  }
  // A top-level key no feature names (only shared code names it, or nothing does) stays whole in the core: a text
  // the split cannot place is never left out.
  for (const [key, value] of Object.entries(texts)) if (!claimed.has(key)) put(core, [key], value);
  return { core, features };
}

/** Wraps each dynamic `import(…)` of a feature module so it resolves once the feature's texts are loaded too. */
export function wrapDynamicImports(path: string, source: string, feature: string, helper: string) {
  const file = parse(path, source);
  const code = new MagicString(source);
  const wrapped: number[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      code.appendLeft(node.getStart(file), `__withFeatureTexts(${JSON.stringify(feature)}, `);
      code.appendRight(node.getEnd(), ')');
      wrapped.push(node.getStart(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (wrapped.length === 0) return undefined;
  code.prepend(`import { withFeatureTexts as __withFeatureTexts } from ${JSON.stringify(helper)};\n`);
  return { code: code.toString(), map: code.generateMap({ hires: true, source: path }) };
}

export default function textsPlugin({ defaultLanguage = 'sv' } = {}): Plugin {
  let root = process.cwd();
  let split = false;
  let chunks = new Map<string, TextChunks>();
  const srcDir = () => join(root, 'src');
  const localesDir = () => join(srcDir(), 'locales');
  const languages = () =>
    readdirSync(localesDir())
      .filter((name) => name.endsWith('.json'))
      .map((name) => basename(name, '.json'))
      .sort((a, b) => (a === defaultLanguage ? -1 : b === defaultLanguage ? 1 : a.localeCompare(b)));
  const readTexts = (language: string) =>
    JSON.parse(readFileSync(join(localesDir(), `${language}.json`), 'utf8')) as Texts;
  const chunksOf = (language: string): TextChunks => {
    let result = chunks.get(language);
    if (!result) {
      const texts = readTexts(language);
      result = split ? splitTexts(srcDir(), texts) : { core: texts, features: {} };
      chunks.set(language, result);
    }
    return result;
  };

  return {
    name: 'samverkan-texts',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      split = config.command === 'build';
    },
    buildStart() {
      chunks = new Map();
      for (const language of languages()) this.addWatchFile(join(localesDir(), `${language}.json`));
    },
    resolveId(id) {
      if (id === VIRTUAL || id.startsWith(`${VIRTUAL}/`)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED) {
        const all = languages();
        const features = Object.keys(chunksOf(defaultLanguage).features);
        const lines = [`import defaultCore from '${VIRTUAL}/${defaultLanguage}/core';`];
        lines.push(`export const defaultLanguage = ${JSON.stringify(defaultLanguage)};`);
        lines.push(
          `export const coreTexts = {${all
            .map((language) =>
              language === defaultLanguage
                ? `${language}: () => Promise.resolve(defaultCore)`
                : `${language}: () => import('${VIRTUAL}/${language}/core').then((m) => m.default)`,
            )
            .join(', ')}};`,
        );
        lines.push(
          `export const featureTexts = {${all
            .map(
              (language) =>
                `${language}: {${features
                  .map(
                    (feature) =>
                      `${JSON.stringify(feature)}: () => import('${VIRTUAL}/${language}/${feature}').then((m) => m.default)`,
                  )
                  .join(', ')}}`,
            )
            .join(', ')}};`,
        );
        return lines.join('\n');
      }
      if (id.startsWith(`${RESOLVED}/`)) {
        const [language, chunk] = id.slice(RESOLVED.length + 1).split('/');
        const { core, features } = chunksOf(language);
        const texts = chunk === 'core' ? core : Object.hasOwn(features, chunk) ? features[chunk] : undefined;
        if (!texts) this.error(`No texts chunk ${chunk} for ${language}`);
        // JSON.parse of a string is faster for the browser than an object literal of the same size.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(texts))});`;
      }
      return undefined;
    },
    transform(source, id) {
      if (!split || !isSourceFile(id.split('?')[0])) return undefined;
      const feature = featureOf(srcDir(), id);
      if (!feature) return undefined;
      return wrapDynamicImports(id, source, feature, join(srcDir(), 'lib', 'i18n', 'featureTexts.ts'));
    },
  };
}
