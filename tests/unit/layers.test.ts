import { describe, expect, test } from 'vitest';
import { importsOf, layerViolations, type SourceFile, sourceFiles } from '../support/layers';

const repoRoot = new URL('../..', import.meta.url).pathname;

test('the source follows the layers: a pure domain, screens through repositories, no screen in the database layer', () => {
  expect(layerViolations(sourceFiles(repoRoot))).toEqual([]);
});

describe('a planted violation is caught', () => {
  const file = (path: string, text: string): SourceFile => ({ path, text });

  test.each([
    ['the domain imports Solid', file('src/domain/x.ts', "import { createSignal } from 'solid-js';")],
    ['the domain imports Dexie', file('src/domain/x.ts', "import Dexie from 'dexie';")],
    [
      'the domain imports a repository',
      file('src/domain/obf/x.ts', "import { db } from '../../db/instance';"),
    ],
    [
      'the domain imports a screen lazily',
      file('src/domain/x.ts', "const m = import('../ui/student/kiosk');"),
    ],
    ['the domain reads the DOM', file('src/domain/x.ts', 'export const w = () => window.innerWidth;')],
    [
      'the domain digests with Web Crypto',
      file('src/domain/backup/x.ts', "export const d = (b) => crypto.subtle.digest('SHA-256', b);"),
    ],
    ['the domain makes a Blob', file('src/domain/backup/x.ts', 'export const f = () => new Blob([]);')],
    ['a screen imports Dexie', file('src/ui/student/x.tsx', "import { liveQuery } from 'dexie';")],
    ['a screen imports the tables', file('src/app/x.ts', "import { AppDb } from '../db/app-db';")],
    ['a screen reads a table', file('src/ui/teacher/x.tsx', 'const n = () => db.events.count();')],
    [
      'a migration runs live code',
      file('src/db/migrations/v009-x.ts', "import { rollupsFromLog } from '../repos/rollups';"),
    ],
    [
      'the database connection imports Solid',
      file('src/db/instance.ts', "import { createSignal } from 'solid-js';"),
    ],
    [
      'the database layer imports a screen',
      file('src/db/repos/x.ts', "import { t } from '../../ui/components/x';"),
    ],
  ])('%s', (_, planted) => {
    expect(layerViolations([planted])).toHaveLength(1);
  });

  test('what the rules allow passes', () => {
    const allowed = [
      file('src/domain/x.ts', "import * as v from 'valibot';\nimport { ids } from './ids';"),
      file(
        'src/ui/student/x.tsx',
        "import { db } from '../../db/instance';\nimport { record } from '../../db/repos/steps';",
      ),
      file(
        'src/db/migrations/v009-x.ts',
        "import type Dexie from 'dexie';\nimport type { AppEvent } from '../../domain/events';\nimport { frozen } from './v009-frozen';",
      ),
      file(
        'src/db/repos/x.ts',
        "// a comment may say window.open\nimport { AppError } from '../../domain/errors';",
      ),
    ];
    expect(layerViolations(allowed)).toEqual([]);
  });
});

test('imports are read whole: static, re-exports, side effects and dynamic, relative paths resolved', () => {
  const text = [
    "import { a } from './a';",
    "import type { B } from '../b';",
    "export { c } from './c/d';",
    "import './styles.css';",
    "const e = () => import('../../ui/e');",
  ].join('\n');
  expect(importsOf({ path: 'src/db/repos/x.ts', text })).toEqual([
    'src/db/repos/a',
    'src/db/b',
    'src/db/repos/c/d',
    'src/db/repos/styles.css',
    'src/ui/e',
  ]);
});
