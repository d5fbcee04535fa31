import type { MediaId, StaffId, StudentId } from './ids';
import type { Need } from './needs';
import type { Presentation } from './presentation';
import type { ScaleAssignment } from './scales';
import type { AccessSettings } from './scanning';
import type { TokenPlan } from './tokens';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const STAFF_ROLES = ['teacher', 'para'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Stars for the steps started on their own today, or a bar of this week's share of them. */
export const PROGRESS_VIEWS = ['stars', 'bar'] as const;
export type ProgressView = (typeof PROGRESS_VIEWS)[number];

export type Student = {
  id: StudentId;
  name: string;
  /** The language of the kiosk's own words and speech for this student. */
  locale: Locale;
  /** The language the family reads notes home in; absent means the student's own. */
  familyLocale?: Locale;
  /** Absent on students made before presentations existed: they see the default. */
  presentation?: Presentation;
  /** The student's own photo, so they can find themselves on a shared tablet without reading. */
  photo?: { mediaId: MediaId };
  /** The student's token board; absent when the teacher gives them none. */
  tokens?: TokenPlan;
  /** What the student sees of their own progress on the kiosk, when the teacher chooses to show it. */
  progressView?: ProgressView;
  /** The five-point scale the student rates with; absent when the teacher gives them none. */
  scale?: ScaleAssignment;
  /** How the student works the kiosk when not by touch (switches, dwell); absent means touch. */
  access?: AccessSettings;
  /** The items of the start-of-day needs check-in the teacher chose; absent or empty: none. */
  needsCheckIn?: Need[];
  createdAt: number;
  updatedAt: number;
};

/** A PIN is kept only as a slow salted hash (PBKDF2-SHA256). */
export type PinHash = { hash: string; salt: string; iterations: number };

export type Staff = {
  id: StaffId;
  name: string;
  role: StaffRole;
  pin: PinHash;
  createdAt: number;
  updatedAt: number;
};

/** Who is signed in to the adult area; kept in memory only, never on disk. */
export type AdultSession = { staffId: StaffId; role: StaffRole; name: string };

export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 8;
export const PIN_PATTERN = new RegExp(`^\\d{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`);
/** The same rule for a form's PIN field, which the browser checks before anything is sent. */
export const PIN_INPUT_PATTERN = `[0-9]{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}`;
export const NAME_MAX_LENGTH = 60;
