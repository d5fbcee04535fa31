import { type ScheduleSlot, WEEKDAYS, type Weekday } from '../../../domain/schedule';
import { localDateOf, type SchoolDay } from '../../../domain/time';
import { locale, t } from '../../../i18n';

/** A slot as the value of a <select>: "today" or a weekday's number. */
export type SlotKey = 'today' | `${Weekday}`;

export const SLOT_KEYS: readonly SlotKey[] = ['today', ...WEEKDAYS.map((day) => `${day}` as const)];

export function slotOf(key: SlotKey, today: SchoolDay): ScheduleSlot {
  return key === 'today'
    ? { kind: 'day', day: today }
    : { kind: 'template', weekday: Number(key) as Weekday };
}

export function isSlotKey(value: string): value is SlotKey {
  return SLOT_KEYS.some((key) => key === value);
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
  return slot.kind === 'day'
    ? t('schedules.slotToday', { date: dayName(slot.day) })
    : t('schedules.slotWeekday', { weekday: weekdayName(slot.weekday) });
}
