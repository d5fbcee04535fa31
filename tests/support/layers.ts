// The house's layering rules, checked over the source files' imports and uses, so a break fails
// `npm test` instead of waiting for a reviewer: the domain is pure, the screens reach the database
// only through repositories, and the database layer never reaches into the screens.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export type SourceFile = { path: string; text: string };
export type Violation = { path: string; rule: string; found: string };

/** Every .ts and .tsx file under `root`, with its path relative to the repository root. */
export function sourceFiles(repoRoot: string, root = 'src'): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(repoRoot, folder), { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name))
        files.push({ path, text: readFileSync(join(repoRoot, path), 'utf8') });
    }
  };
  walk(root);
  return files;
}

/** What a file imports, statically or dynamically, with relative paths made relative to the repository. */
export function importsOf(file: SourceFile): string[] {
  const specifiers = [
    ...file.text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g),
    ...file.text.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g),
    ...file.text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].flatMap((match) => (match[1] ? [match[1]] : []));
  return specifiers.map((specifier) =>
    specifier.startsWith('.') ? relative('/', resolve('/', dirname(file.path), specifier)) : specifier,
  );
}

const under = (folder: string) => (path: string) => path === folder || path.startsWith(`${folder}/`);
const inDomain = under('src/domain');
const inUi = (path: string) => under('src/ui')(path) || under('src/app')(path);
const inDb = under('src/db');

/** Packages and folders each layer must not import. */
const FORBIDDEN_IMPORTS: { applies: (path: string) => boolean; rule: string; forbidden: RegExp }[] = [
  {
    applies: inDomain,
    rule: 'the domain imports no framework, database or screen',
    forbidden: /^(solid-js|@solidjs\/|dexie|src\/(db|ui|app|pwa|i18n)(\/|$))/,
  },
  {
    applies: inUi,
    rule: 'screens reach the database only through repositories',
    forbidden: /^(dexie$|dexie\/|src\/db\/(app-db|migrations)(\/|$|\.))/,
  },
  { applies: inDb, rule: 'the database layer never imports a screen', forbidden: /^src\/(ui|app)(\/|$)/ },
  {
    // live.ts is the one bridge from Dexie's live queries to Solid's signals.
    applies: (path) => inDb(path) && path !== 'src/db/live.ts',
    rule: 'the database layer knows no framework, but for its live-query bridge',
    forbidden: /^(solid-js|@solidjs\/)/,
  },
];

/** Tables of the database; a screen that names one is reading or writing around the repositories. */
const TABLE_USE =
  /\bdb\.(students|staff|cards|media|schedules|boards|scales|targets|plans|settings|events|rollups|transaction|table)\b/;
/** The browser's own objects and I/O (files, ciphers, the network), which the pure domain never touches. */
const DOM_USE =
  /\b(document|window|navigator|localStorage|sessionStorage|indexedDB)\s*\.|\bcrypto\.subtle\b|\bnew\s+(Blob|File|FileReader|Worker)\b|\bfetch\s*\(/;

/** What a migration may run: Dexie, and the frozen code beside it. Types may come from anywhere. */
const FROZEN_IMPORT = /^(dexie$|src\/db\/migrations\/)/;
const inMigrations = under('src/db/migrations');

/** A file's imports that run: `import type` and `export type` leave nothing behind. */
function runtimeImportsOf(file: SourceFile): string[] {
  return importsOf({ ...file, text: file.text.replace(/(?:import|export)\s+type\s[^;]*;/g, '') });
}

export function layerViolations(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    if (inMigrations(file.path))
      for (const target of runtimeImportsOf(file))
        if (!FROZEN_IMPORT.test(target))
          violations.push({
            path: file.path,
            rule: 'a migration runs no live code: copy what it needs',
            found: target,
          });
    for (const target of importsOf(file))
      for (const { applies, rule, forbidden } of FORBIDDEN_IMPORTS)
        if (applies(file.path) && forbidden.test(target))
          violations.push({ path: file.path, rule, found: target });
    const code = file.text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    const table = inUi(file.path) && TABLE_USE.exec(code);
    if (table)
      violations.push({
        path: file.path,
        rule: 'screens reach the database only through repositories',
        found: table[0],
      });
    const dom = inDomain(file.path) && DOM_USE.exec(code);
    if (dom)
      violations.push({
        path: file.path,
        rule: 'the domain touches no browser object and does no I/O',
        found: dom[0],
      });
  }
  return violations;
}
