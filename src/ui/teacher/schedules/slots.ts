import { clock } from '../../../app/clock';
import { type ScheduleSlot, WEEKDAYS, type Weekday, weekdayOf } from '../../../domain/schedule';
import { dayAfter, localDateOf, SCHOOL_DAY_PATTERN, type SchoolDay, schoolDayOf } from '../../../domain/time';
import { locale, t } from '../../../i18n';

/** A slot as the value of a <select>: "today", a weekday's number, or one coming school day. */
export type SlotKey = 'today' | `${Weekday}` | `day:${SchoolDay}`;

export const SLOT_KEYS: readonly SlotKey[] = ['today', ...WEEKDAYS.map((day) => `${day}` as const)];

/** How far ahead a day's own schedule can be planned: two school weeks. */
const DAYS_AHEAD = 14;

/** Each school day of the next two weeks, to plan on its own (a change, an outing, a test day). */
export function comingDayKeys(today: SchoolDay): SlotKey[] {
  return Array.from({ length: DAYS_AHEAD }, (_, index) => dayAfter(today, index + 1))
    .filter((day) => weekdayOf(day) !== undefined)
    .map((day) => `day:${day}` as const);
}

export function slotOf(key: SlotKey, today: SchoolDay): ScheduleSlot {
  if (key === 'today') return { kind: 'day', day: today };
  if (key.startsWith('day:')) return { kind: 'day', day: key.slice('day:'.length) as SchoolDay };
  return { kind: 'template', weekday: Number(key) as Weekday };
}

export function isSlotKey(value: string): value is SlotKey {
  return (
    SLOT_KEYS.some((key) => key === value) ||
    (value.startsWith('day:') && SCHOOL_DAY_PATTERN.test(value.slice('day:'.length)))
  );
}

/** The name of a weekday in the adult's language; 5 January 2026 was a Monday. */
export function weekdayName(weekday: Weekday): string {
  return new Intl.DateTimeFormat(locale(), { weekday: 'long' }).format(new Date(2026, 0, 4 + weekday));
}

function dayName(day: SchoolDay): string {
  return new Intl.DateTimeFormat(locale(), { weekday: 'long', day: 'numeric', month: 'long' }).format(
    localDateOf(day),
  );
}

export function slotName(slot: ScheduleSlot): string {
  if (slot.kind === 'template') return t('schedules.slotWeekday', { weekday: weekdayName(slot.weekday) });
  return slot.day === schoolDayOf(clock.now())
    ? t('schedules.slotToday', { date: dayName(slot.day) })
    : t('schedules.slotDay', { date: dayName(slot.day) });
}
