// What was deleted, kept so that a merge of an older backup does not bring it back. A deletion
// names the kind and id of the row, when and by whom; never the deleted data itself.
import type { StaffId } from './ids';

/**
 * What a teacher can delete: a student (their schedules, plans, self-checks, photo and events go
 * with them), a fading plan, and a picture replaced by another. Cards, boards, scales and
 * self-check targets are never deleted in this app (a target is stopped, not deleted).
 */
export const DELETABLE_KINDS = ['students', 'plans', 'media'] as const;
export type DeletableKind = (typeof DELETABLE_KINDS)[number];

export type Deletion = {
  /** The deleted row's id: ids are ULIDs, so one id names one row in every table. */
  id: string;
  kind: DeletableKind;
  at: number;
  by: StaffId;
};

export const deletionOf = (kind: DeletableKind, id: string, at: number, by: StaffId): Deletion => ({
  id,
  kind,
  at,
  by,
});
