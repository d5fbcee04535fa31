import type Dexie from 'dexie';

/**
 * Version 3: a peer's cue is a prompt level, so day rollups count starts after one; none could be
 * recorded before, so zero is the exact figure for every older rollup. Fading plans get their own
 * table, one plan per student and activity (card).
 */
export function v003PeerPromptsAndFadingPlans(db: Dexie): void {
  db.version(3)
    .stores({ plans: 'id, studentId, &[studentId+cardId]' })
    .upgrade((tx) =>
      tx
        .table('rollups')
        .toCollection()
        .modify((rollup: { startsByPrompt?: Record<string, number> }) => {
          if (rollup.startsByPrompt) rollup.startsByPrompt.peer ??= 0;
        }),
    );
}
