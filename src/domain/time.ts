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

/** The first and last millisecond of a school day on the device's calendar. */
export function dayBounds(day: SchoolDay): { from: number; to: number } {
  const [year, month, date] = day.split('-').map(Number);
  const from = new Date(year ?? 0, (month ?? 1) - 1, date ?? 1).getTime();
  const to = new Date(year ?? 0, (month ?? 1) - 1, (date ?? 1) + 1).getTime() - 1;
  return { from, to };
}
