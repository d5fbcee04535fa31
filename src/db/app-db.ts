import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ChoiceBoard } from '../domain/boards';
import type { Card } from '../domain/cards';
import type { Deletion } from '../domain/deletions';
import type { AppEvent } from '../domain/events';
import type { FadingPlan } from '../domain/fading';
import type { MediaId, StudentId } from '../domain/ids';
import type { Staff, Student } from '../domain/people';
import type { DayRollup } from '../domain/rollup';
import type { FivePointScale } from '../domain/scales';
import type { Schedule } from '../domain/schedule';
import type { Target } from '../domain/self-monitoring';
import type { SchoolDay } from '../domain/time';
import { browserStorage, type PointerStorage } from './current-database';
import { v001Initial } from './migrations/v001-initial';
import { v002ChoicesAndTokens } from './migrations/v002-choices-and-tokens';
import { v003PeerPromptsAndFadingPlans } from './migrations/v003-peer-prompts-and-fading-plans';
import { v004DayFiguresInRollups } from './migrations/v004-day-figures-in-rollups';
import { v005ScheduleSlotIndexes } from './migrations/v005-schedule-slot-indexes';
import { v006MediaContentHash } from './migrations/v006-media-content-hash';
import { v007Deletions } from './migrations/v007-deletions';
import { v008BoardGridAndLocale } from './migrations/v008-board-grid-and-locale';

/**
 * A picture or sound, owned by one card, student or board, and deleted with its owner. A picture
 * with a content `hash` (version 6) may be shown by other owners too: see db/pictures/picture-store.ts.
 */
export type MediaRecord = { id: MediaId; ownerId: string; blob: Blob; updatedAt: number; hash?: string };

/** One key of device settings; values are validated when read (see repos/settings). */
/** A setting; the classroom's shared ones carry the time of their last edit, so the later edit wins. */
export type SettingRow = { key: string; value: unknown; updatedAt?: number };

export class AppDb extends Dexie {
  students!: EntityTable<Student, 'id'>;
  staff!: EntityTable<Staff, 'id'>;
  cards!: EntityTable<Card, 'id'>;
  media!: EntityTable<MediaRecord, 'id'>;
  schedules!: EntityTable<Schedule, 'id'>;
  boards!: EntityTable<ChoiceBoard, 'id'>;
  /** Classroom-wide, like boards: a student's scale is named on the student (its v1 studentId index stays unused). */
  scales!: EntityTable<FivePointScale, 'id'>;
  targets!: EntityTable<Target, 'id'>;
  /** The teacher's fading plans, one per student and activity. */
  plans!: EntityTable<FadingPlan, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  /** Append-only: rows are added, never changed; a correction is a new `voided` event. */
  events!: EntityTable<AppEvent, 'id'>;
  rollups!: Table<DayRollup, [StudentId, SchoolDay]>;
  /** What the teacher deleted (never the data itself), so a merge does not bring it back. */
  deletions!: EntityTable<Deletion, 'id'>;

  readonly #deps: DatabaseDeps;

  constructor(name: string, deps: DatabaseDeps = {}) {
    // Strict durability: a transaction reports success only once it is on disk, so a tap the
    // student saw acknowledged survives a crash or a dead battery.
    const { pointerStorage: _kept, ...dexieDeps } = deps;
    super(name, { ...dexieDeps, chromeTransactionDurability: 'strict' });
    this.#deps = deps;
    v001Initial(this);
    v002ChoicesAndTokens(this);
    v003PeerPromptsAndFadingPlans(this);
    v004DayFiguresInRollups(this);
    v005ScheduleSlotIndexes(this);
    v006MediaContentHash(this);
    v007Deletions(this);
    v008BoardGridAndLocale(this);
  }

  /** The IndexedDB this database lives in (tests give each database one of its own). */
  get factory(): IDBFactory {
    return this.#deps.indexedDB ?? indexedDB;
  }

  /** Where the pointer to the database in use is kept, if anywhere. */
  get pointerStorage(): PointerStorage | undefined {
    return this.#deps.pointerStorage ?? browserStorage();
  }

  /** Another database of the app's shape in the same IndexedDB: a restore writes into one. */
  sibling(name: string): AppDb {
    return new AppDb(name, this.#deps);
  }
}

/** Where a database lives: the browser's IndexedDB, or in tests one of fake-indexeddb's. */
export type DatabaseDeps = {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Where the pointer to the database in use is kept (see current-database.ts). */
  pointerStorage?: PointerStorage;
};
