/** A school day on the device's calendar, as YYYY-MM-DD. */
export type SchoolDay = string & { readonly schoolDay: unique symbol };

export const SCHOOL_DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The local calendar day of a moment: a step recorded at 8:05 belongs to that morning's school day. */
export function schoolDayOf(atMs: number): SchoolDay {
  const date = new Date(atMs);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}` as SchoolDay;
}

/** A school day's year, month (1 to 12) and date: the one place its text is taken apart. */
export function calendarOf(day: SchoolDay): { year: number; month: number; date: number } {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return { year, month, date };
}

/** A moment of a school day on the device's clock: its start, or the given hour. */
export function localDateOf(day: SchoolDay, hour = 0): Date {
  const { year, month, date } = calendarOf(day);
  return new Date(year, month - 1, date, hour);
}

/** The first and last millisecond of a school day on the device's calendar. */
export function dayBounds(day: SchoolDay): { from: number; to: number } {
  const { year, month, date } = calendarOf(day);
  const from = new Date(year, month - 1, date).getTime();
  const to = new Date(year, month - 1, date + 1).getTime() - 1;
  return { from, to };
}

/** A school day counted in whole days, the same on every clock: for distances between days. */
export function dayNumberOf(day: SchoolDay): number {
  const { year, month, date } = calendarOf(day);
  return Math.round(Date.UTC(year, month - 1, date) / 86_400_000);
}

/** The school day a number of days after (or, below 0, before) another. */
export function dayAfter(day: SchoolDay, days: number): SchoolDay {
  return new Date((dayNumberOf(day) + days) * 86_400_000).toISOString().slice(0, 10) as SchoolDay;
}

/** The Monday of a school day's week. */
export function mondayOf(day: SchoolDay): SchoolDay {
  const weekday = new Date(dayNumberOf(day) * 86_400_000).getUTCDay();
  return dayAfter(day, -((weekday + 6) % 7));
}

/** The first millisecond of the school day after the one `atMs` is in: when a kiosk's day moves on. */
export function nextDayStartOf(atMs: number): number {
  return dayBounds(schoolDayOf(atMs)).to + 1;
}

/** Whether an event's school day is the device-local day of its moment, as this device stamps it. */
export function dayMatchesMoment(event: { day: SchoolDay; at: number }): boolean {
  return event.day === schoolDayOf(event.at);
}
