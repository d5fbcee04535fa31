import type Dexie from 'dexie';

/**
 * Version 1. Versions are append-only: a later schema is a new file with its own upgrade, and this
 * one stays as it is so a tablet that skipped updates still upgrades step by step.
 */
export function v001Initial(db: Dexie): void {
  db.version(1).stores({
    students: 'id',
    staff: 'id, role',
    cards: 'id',
    media: 'id, ownerId',
    schedules: 'id, studentId',
    boards: 'id',
    scales: 'id, studentId',
    targets: 'id, studentId',
    settings: 'key',
    events: 'id, [studentId+at], type, target',
    rollups: '[studentId+day], day',
  });
}
