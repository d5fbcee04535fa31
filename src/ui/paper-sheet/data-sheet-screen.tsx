import '../teacher/paper/paper.css';
import './paper-sheet.css';
import { createResource, Show } from 'solid-js';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { dataSheetOf } from '../../db/repos/paper-sheets';
import { loadLocale, t } from '../../i18n';
import { StudentOptions } from '../components/student-choice';
import { DataSheet } from './data-sheet';
import { useSheetChoice } from './use-sheet-choice';

/**
 * The para's data sheet for a day without the tablet, printed or saved as PDF by the browser.
 * A para may print it as well as a teacher: recording is the para's job.
 */
export function DataSheetScreen() {
  const choice = useSheetChoice();
  const sheet = useLive(
    () => ({ id: choice.student()?.id, day: choice.day() }),
    async ({ id, day }) => (id ? await dataSheetOf(db, id, day) : undefined),
  );
  // The sheet is in the student's language: its words are loaded before it shows.
  const [wordsReady] = createResource(choice.locale, async (language) => {
    await loadLocale(language);
    return true;
  });
  return (
    <>
      <h1 class="no-print">{t('dataSheet.title')}</h1>
      <p class="next-step no-print">{t('dataSheet.intro')}</p>
      <Show when={choice.student()} fallback={<p class="empty">{t('schedules.noStudents')}</p>}>
        {(current) => (
          <>
            <form class="panel paper-choice no-print" onSubmit={(event) => event.preventDefault()}>
              <label for="sheet-student">{t('dataSheet.student')}</label>
              <select id="sheet-student" onChange={(event) => choice.setStudentId(event.currentTarget.value)}>
                <StudentOptions students={choice.students()} selected={current()} />
              </select>
              <label for="sheet-day">{t('dataSheet.day')}</label>
              <input
                id="sheet-day"
                type="date"
                value={choice.day()}
                onChange={(event) => choice.chooseDay(event.currentTarget.value)}
              />
              <button type="button" class="button primary" onClick={() => window.print()}>
                {t('dataSheet.print')}
              </button>
            </form>
            <Show when={wordsReady() && sheet()}>
              {(shown) => (
                <DataSheet
                  name={current().name}
                  day={choice.day()}
                  locale={choice.locale()}
                  rows={shown().rows}
                  cards={shown().cards}
                  codes={choice.codes()}
                  label={t('dataSheet.preview')}
                />
              )}
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
