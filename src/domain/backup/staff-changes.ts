// Staff rows from a file decide who may sign in and as what. A merge never lets a file add an
// adult, change a role or a PIN on its own: each such change is shown to the teacher first.
import type { StaffId } from '../ids';
import type { Staff, StaffRole } from '../people';
import { decide, sameValue } from './merge';

/** A change to who may sign in, waiting for the teacher's yes. */
export type StaffChange = {
  id: StaffId;
  name: string;
  /** `added`: a new adult with a PIN; `changed`: an adult of this tablet. */
  kind: 'added' | 'changed';
  /** The role before (absent for a new adult) and after. */
  role: { from?: StaffRole; to: StaffRole };
  /** Whether the PIN (its hash) is new or different. */
  pinChanges: boolean;
  /** The name on this tablet, when the file renames the adult. */
  nameFrom?: string;
};

/** What a file's staff row would change that needs the teacher's approval; undefined if nothing. */
export function staffChangeOf(device: Staff | undefined, incoming: Staff): StaffChange | undefined {
  if (device === undefined) {
    return {
      id: incoming.id,
      name: incoming.name,
      kind: 'added',
      role: { to: incoming.role },
      pinChanges: true,
    };
  }
  if (decide(device, incoming) !== 'take-backup') return undefined;
  const pinChanges = !sameValue(device.pin, incoming.pin);
  if (device.role === incoming.role && !pinChanges) return undefined;
  return {
    id: incoming.id,
    name: incoming.name,
    kind: 'changed',
    role: { from: device.role, to: incoming.role },
    pinChanges,
    ...(device.name === incoming.name ? {} : { nameFrom: device.name }),
  };
}
