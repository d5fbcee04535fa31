import { createMemo, createSignal, For } from 'solid-js';
import * as v from 'valibot';
import { clock } from '../../app/clock';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { listStudents } from '../../db/repos/student-reads';
import type { Student } from '../../domain/people';
import { type SchoolDay, schoolDayOf } from '../../domain/time';
import { schoolDaySchema } from '../../domain/validation';

/** The student a screen is for (the one chosen, or the first) and a school day, today's unless chosen. */
export function useStudentAndDay() {
  const students = useLive(() => listStudents(db));
  const today = schoolDayOf(clock.now());
  const [studentId, setStudentId] = createSignal<string>();
  const [day, setDay] = createSignal<SchoolDay>(today);
  const student = createMemo(() => {
    const list = students() ?? [];
    return list.find((each) => each.id === studentId()) ?? list[0];
  });
  /** A date field's value, kept only when it is a whole day (a half-typed date is not). */
  const chooseDay = (value: string) => {
    const parsed = v.safeParse(schoolDaySchema, value);
    if (parsed.success) setDay(parsed.output);
  };
  return { students, student, setStudentId, today, day, chooseDay };
}

/** The options of a student select, the shown student selected. */
export function StudentOptions(props: { students: readonly Student[] | undefined; selected: Student }) {
  return (
    <For each={props.students}>
      {(each) => (
        <option value={each.id} selected={each.id === props.selected.id}>
          {each.name}
        </option>
      )}
    </For>
  );
}
