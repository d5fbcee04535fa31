import { createMemo, createSignal } from 'solid-js';
import * as v from 'valibot';
import { clock } from '../../app/clock';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { readSetting } from '../../db/repos/settings';
import { listStudents } from '../../db/repos/student-reads';
import { type SchoolDay, schoolDayOf } from '../../domain/time';
import { schoolDaySchema } from '../../domain/validation';
import { sheetCodes } from './sheet-codes';

/** The student and day a sheet is for (today's, unless chosen), and its codes in the student's language. */
export function useSheetChoice() {
  const students = useLive(() => listStudents(db));
  const promptSettings = useLive(() => readSetting(db, 'promptLevels'));
  const today = schoolDayOf(clock.now());
  const [studentId, setStudentId] = createSignal<string>();
  const [day, setDay] = createSignal<SchoolDay>(today);
  const student = createMemo(() => {
    const list = students() ?? [];
    return list.find((each) => each.id === studentId()) ?? list[0];
  });
  const locale = () => student()?.locale ?? 'en';
  const codes = createMemo(() => sheetCodes(locale(), promptSettings()));
  /** A date field's value, kept only when it is a whole day (a half-typed date is not). */
  const chooseDay = (value: string) => {
    const parsed = v.safeParse(schoolDaySchema, value);
    if (parsed.success) setDay(parsed.output);
  };
  return { students, student, setStudentId, today, day, chooseDay, locale, codes };
}
