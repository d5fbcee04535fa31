import { createMemo } from 'solid-js';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { readSetting } from '../../db/repos/settings';
import { useStudentAndDay } from '../components/student-choice';
import { sheetCodes } from './sheet-codes';

/** The student and day a sheet is for (today's, unless chosen), and its codes in the student's language. */
export function useSheetChoice() {
  const choice = useStudentAndDay();
  const promptSettings = useLive(() => readSetting(db, 'promptLevels'));
  const locale = () => choice.student()?.locale ?? 'en';
  const codes = createMemo(() => sheetCodes(locale(), promptSettings()));
  return { ...choice, locale, codes };
}
