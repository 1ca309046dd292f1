import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  featureOf,
  namedStrings,
  splitTexts,
  wrapDynamicImports,
  type TextChunks,
  type Texts,
} from '../../../vite-plugin-texts';

const src = join(process.cwd(), 'src');
const texts = {
  sv: JSON.parse(readFileSync(join(src, 'locales/sv.json'), 'utf8')) as Texts,
  en: JSON.parse(readFileSync(join(src, 'locales/en.json'), 'utf8')) as Texts,
};
const chunks: Record<'sv' | 'en', TextChunks> = { sv: splitTexts(src, texts.sv), en: splitTexts(src, texts.en) };

const sourceFiles = execFileSync('find', [src, '-name', '*.ts', '-o', '-name', '*.tsx'], { encoding: 'utf8' })
  .trim()
  .split('\n')
  .filter((path) => !/\.d\.ts$|\.test\.tsx?$|testData\.ts$/.test(path) && !path.includes('/src/test/'));

function leaves(value: string | Texts, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

function has(tree: Texts, key: string): boolean {
  let node: string | Texts | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) return false;
    node = node[part];
  }
  return true;
}

function strings(path: string) {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return namedStrings(ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, kind));
}

/** Whether the texts a page of `feature` has (core + its chunk) hold `key`. */
function reaches(language: 'sv' | 'en', feature: string | undefined, key: string): boolean {
  const { core, features } = chunks[language];
  return has(core, key) || (feature !== undefined && has(features[feature] ?? {}, key));
}

describe('the texts split per feature (vite-plugin-texts)', () => {
  it.each(['sv', 'en'] as const)('loses no %s text: each is in the core or in a feature chunk', (language) => {
    const placed = new Set([
      ...leaves(chunks[language].core),
      ...Object.values(chunks[language].features).flatMap((chunk) => leaves(chunk)),
    ]);
    expect(leaves(texts[language]).filter((key) => !placed.has(key))).toEqual([]);
  });

  it('gives every module the texts it names, in both languages', () => {
    const keysOfTexts = new Set(leaves(texts.sv));
    const lacking: string[] = [];
    for (const path of sourceFiles) {
      const feature = featureOf(src, path);
      const { exact, prefixes } = strings(path);
      const keys = [
        ...exact.filter((text) => keysOfTexts.has(text)),
        ...prefixes
          .filter((text) => text.endsWith('.') && has(texts.sv, text.slice(0, -1)))
          .map((text) => text.slice(0, -1)),
      ];
      for (const key of keys)
        for (const language of ['sv', 'en'] as const)
          if (!reaches(language, feature, key)) lacking.push(`${relative(src, path)}: ${key} (${language})`);
    }
    expect(lacking).toEqual([]);
  });

  it('knows every key built from an expression, and the namespaces those get are in the feature that passes them', () => {
    const open = sourceFiles.flatMap((path) =>
      strings(path)
        .openTemplates.filter((text) => /^`\$\{\w+\}\./.test(text))
        .map((text) => `${relative(src, path)} ${text}`),
    );
    // Each of these was read: the namespace is a literal in the same feature (or, for refusal texts, in the feature
    // that calls useRefusalText), and the checks below hold it to that.
    expect(open.sort()).toEqual(
      [
        'components/refusal.tsx `${namespace}.forbidden.text`',
        'components/refusal.tsx `${namespace}.forbidden.title`',
        'components/refusal.tsx `${namespace}.rules.${rule}`',
        'components/refusal.tsx `${namespace}.rules.title`',
        'components/refusal.tsx `${namespace}.rules.title`',
        'components/refusal.tsx `${namespace}.stale.text`',
        'components/refusal.tsx `${namespace}.stale.title`',
        'components/History.tsx `${namespace}.history.${key}`',
        'components/History.tsx `${namespace}.history.${key}`',
        'components/PagedList.tsx `${namespace}.list.${key}`',
        'features/agreements/components/FieldChanges.tsx `${namespace}.${name}`',
        'features/funding/components/FundingHistory.tsx `${namespace}.${name}`',
        // useFieldLabels(fields, '<prefix>'): the prefix is a literal where it is called (checked below).
        'components/FormFields.tsx `${prefix}.${key}`',
        // File names of downloads, not texts.
        'features/results-reports/api/downloadNationalResults.ts `${name}.csv`',
        'features/results-reports/api/downloadNationalResults.ts `${name}.pdf`',
        // Form field names (`questions.0.text`), not texts.
        'features/surveys/components/QuestionEditor.tsx `${name}.help`',
        'features/surveys/components/QuestionEditor.tsx `${name}.maxValue`',
        'features/surveys/components/QuestionEditor.tsx `${name}.minValue`',
        'features/surveys/components/QuestionEditor.tsx `${name}.options`',
        'features/surveys/components/QuestionEditor.tsx `${name}.text`',
        'features/surveys/components/QuestionEditor.tsx `${name}.unit`',
      ].sort(),
    );
    // useRefusalText('<namespace>', …): the feature's chunk (or the core) has the namespace's rules and stale texts.
    for (const path of sourceFiles) {
      const feature = featureOf(src, path);
      for (const match of readFileSync(path, 'utf8').matchAll(/useRefusalText\(\s*'(\w+)'/g)) {
        for (const key of ['rules.title', 'stale.title', 'stale.text', 'forbidden.title'])
          expect(reaches('sv', feature, `${match[1]}.${key}`), `${relative(src, path)} ${match[1]}.${key}`).toBe(true);
      }
    }
    // useFieldLabels(fields, '<prefix>') and useFormDefinition(form, fields, '<prefix>'): the feature's chunk (or the
    // core) has the prefix's labels in both languages.
    const labelPrefix = /(?:useFieldLabels\(\s*\w+|useFormDefinition\(\s*[^,()]+,\s*\w+),\s*'([\w.]+)'/g;
    for (const path of sourceFiles) {
      const feature = featureOf(src, path);
      for (const match of readFileSync(path, 'utf8').matchAll(labelPrefix))
        for (const language of ['sv', 'en'] as const)
          expect(reaches(language, feature, match[1]), `${relative(src, path)} ${match[1]} (${language})`).toBe(true);
    }
    // useHistoryTexts('<namespace>'): the feature's chunk has the namespace's history texts.
    for (const path of sourceFiles) {
      const feature = featureOf(src, path);
      for (const match of readFileSync(path, 'utf8').matchAll(/useHistoryTexts\(\s*'(\w+)'/g)) {
        for (const key of [
          'title',
          'loading',
          'empty',
          'listLabel',
          'by',
          'changesCaption',
          'field',
          'before',
          'after',
        ])
          expect(
            reaches('sv', feature, `${match[1]}.history.${key}`),
            `${relative(src, path)} ${match[1]}.${key}`,
          ).toBe(true);
      }
    }
    // <PagedResults namespace="<namespace>": the feature's chunk has the namespace's list texts.
    const listPages = sourceFiles.filter((path) => readFileSync(path, 'utf8').includes('<PagedResults'));
    expect(listPages.length).toBeGreaterThan(0);
    for (const path of listPages) {
      const feature = featureOf(src, path);
      const namespaces = [...readFileSync(path, 'utf8').matchAll(/<PagedResults\s+namespace="(\w+)"/g)];
      expect(namespaces.length, `${relative(src, path)} names its list namespace first`).toBeGreaterThan(0);
      for (const match of namespaces)
        for (const key of ['loading', 'count_one', 'count_other', 'empty', 'emptyHint', 'clearFilters', 'pagination'])
          for (const language of ['sv', 'en'] as const)
            expect(
              reaches(language, feature, `${match[1]}.list.${key}`),
              `${relative(src, path)} ${match[1]}.list.${key} (${language})`,
            ).toBe(true);
    }
    // The history's enum namespaces.
    const history = readFileSync(join(src, 'features/agreements/components/historyText.ts'), 'utf8');
    const namespaces = [...history.matchAll(/:\s*'(\w+)'/g)].map((match) => match[1]).filter((n) => has(texts.sv, n));
    expect(namespaces.length).toBeGreaterThan(0);
    for (const namespace of [...namespaces, 'responsibilityKind'])
      expect(reaches('en', 'agreements', namespace), namespace).toBe(true);
    for (const namespace of ['funding.programmeKind', 'targetGroup', 'funding.callStatus', 'funding.projectStatus'])
      expect(reaches('en', 'funding', namespace), namespace).toBe(true);
  });

  it('keeps the first page light: the core holds only what the shared layers and the header name', () => {
    const core = JSON.stringify(chunks.sv.core).length;
    expect(core).toBeLessThan(JSON.stringify(texts.sv).length / 10);
    // The feature pages' texts are not in the core.
    expect(has(chunks.sv.core, 'agreements')).toBe(false);
    expect(has(chunks.sv.core, 'start')).toBe(false);
    // The header's search box and notification link are part of the entry: their texts are core, key by key.
    expect(has(chunks.sv.core, 'search.header.label') || has(chunks.sv.core, 'search.label')).toBe(true);
    expect(has(chunks.sv.core, 'notifications.link')).toBe(true);
    expect(has(chunks.sv.core, 'notifications.unreadCount_other')).toBe(true);
    expect(has(chunks.sv.features.notifications, 'notifications.link')).toBe(false);
  });

  it('makes a feature’s dynamic imports wait for its texts', () => {
    const result = wrapDynamicImports(
      '/x/src/features/demo/routes.ts',
      "const page = () => import('./routes/Page');\nconst other = import(`./${name}`);\n",
      'demo',
      '/x/src/lib/i18n/featureTexts.ts',
    );
    expect(result?.code).toBe(
      'import { withFeatureTexts as __withFeatureTexts } from "/x/src/lib/i18n/featureTexts.ts";\n' +
        'const page = () => __withFeatureTexts("demo", import(\'./routes/Page\'));\n' +
        'const other = __withFeatureTexts("demo", import(`./${name}`));\n',
    );
    expect(wrapDynamicImports('/x/src/features/demo/a.ts', 'export const a = 1;\n', 'demo', 'h')).toBeUndefined();
  });
});
