import type Dexie from 'dexie';

/**
 * Version 2: day rollups count choices, tokens and rewards. Before this version none of those
 * events existed, so zero is the exact figure for every older rollup. The stores are unchanged.
 */
export function v002ChoicesAndTokens(db: Dexie): void {
  db.version(2)
    .stores({})
    .upgrade((tx) =>
      tx
        .table('rollups')
        .toCollection()
        .modify((rollup: Record<string, unknown>) => {
          for (const figure of ['choices', 'tokens', 'rewards']) rollup[figure] ??= 0;
        }),
    );
}
