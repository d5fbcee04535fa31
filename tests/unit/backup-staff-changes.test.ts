import { describe, expect, test } from 'vitest';
import { deletionKeepingOut } from '../../src/domain/backup/deleted-rows';
import type { BackupRow } from '../../src/domain/backup/rows';
import { staffChangeOf } from '../../src/domain/backup/staff-changes';
import { type Deletion, deletionOf } from '../../src/domain/deletions';
import type { StaffId, StudentId } from '../../src/domain/ids';
import type { Staff } from '../../src/domain/people';

const PIN = { hash: 'A'.repeat(44), salt: 'B'.repeat(24), iterations: 600_000 };
const lee: Staff = {
  id: '01K000000000000000000000T1' as StaffId,
  name: 'Mr. Lee',
  role: 'para',
  pin: PIN,
  createdAt: 1,
  updatedAt: 1,
};

describe('staff changes a file would make', () => {
  test('a new adult is a change to approve, with the role and the PIN', () => {
    expect(staffChangeOf(undefined, lee)).toEqual({
      id: lee.id,
      name: 'Mr. Lee',
      kind: 'added',
      role: { to: 'para' },
      pinChanges: true,
    });
  });

  test('a later edit of the role or the PIN is a change to approve; a rename alone, or an older edit, is not', () => {
    expect(staffChangeOf(lee, { ...lee, role: 'teacher', updatedAt: 2 })).toEqual({
      id: lee.id,
      name: 'Mr. Lee',
      kind: 'changed',
      role: { from: 'para', to: 'teacher' },
      pinChanges: false,
    });
    expect(
      staffChangeOf(lee, { ...lee, name: 'Mr. L', pin: { ...PIN, hash: 'C'.repeat(44) }, updatedAt: 2 }),
    ).toEqual({
      id: lee.id,
      name: 'Mr. L',
      kind: 'changed',
      role: { from: 'para', to: 'para' },
      pinChanges: true,
      nameFrom: 'Mr. Lee',
    });
    expect(staffChangeOf(lee, { ...lee, name: 'Mr. L', updatedAt: 2 })).toBeUndefined();
    expect(
      staffChangeOf({ ...lee, updatedAt: 3 }, { ...lee, role: 'teacher', updatedAt: 2 }),
    ).toBeUndefined();
    expect(staffChangeOf(lee, lee)).toBeUndefined();
  });
});

describe('rows a deletion keeps out of a merge', () => {
  const ana = '01K0000000000000000000000S' as StudentId;
  const deleted = new Map<string, Deletion>([[ana, deletionOf('students', ana, 5, lee.id)]]);
  const rows = {
    student: { t: 'students', v: { id: ana, name: 'Ana', locale: 'en', createdAt: 1, updatedAt: 1 } },
    photo: {
      t: 'media',
      v: { id: '01K000000000000000000000M1', ownerId: ana, updatedAt: 1, blob: new Blob() },
    },
    reviewPlan: { t: 'settings', v: { key: `reviewPlan:${ana}`, value: {} } },
    otherPhoto: {
      t: 'media',
      v: {
        id: '01K000000000000000000000M2',
        ownerId: '01K000000000000000000000C1',
        updatedAt: 1,
        blob: new Blob(),
      },
    },
    staff: { t: 'staff', v: lee },
  } as unknown as Record<string, BackupRow>;

  test('the student, what names them, and their picture are kept out; others are not', () => {
    expect(deletionKeepingOut(rows.student as BackupRow, deleted)?.id).toBe(ana);
    expect(deletionKeepingOut(rows.photo as BackupRow, deleted)?.id).toBe(ana);
    expect(deletionKeepingOut(rows.reviewPlan as BackupRow, deleted)?.id).toBe(ana);
    expect(deletionKeepingOut(rows.otherPhoto as BackupRow, deleted)).toBeUndefined();
    expect(deletionKeepingOut(rows.staff as BackupRow, deleted)).toBeUndefined();
  });
});
