import '../../i18n/adult';
import './paper-sheet.css';
import { createSignal, For, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { eventsOfStudentDay } from '../../db/repos/events';
import { dataSheetOf, enterPaperSheet, type SheetEntered, undoPaperSheet } from '../../db/repos/paper-sheets';
import { voidedTargets } from '../../domain/corrections';
import type { StepStarted } from '../../domain/events';
import type { EventId, StepId, StudentId } from '../../domain/ids';
import type { SheetEntry } from '../../domain/paper-sheet';
import { t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { StudentOptions } from '../components/student-choice';
import { useSave } from '../components/use-save';
import { type Coded, sheetDate } from './sheet-codes';
import { useSheetChoice } from './use-sheet-choice';

type Taps = ReadonlyMap<StepId, Omit<SheetEntry, 'stepId'>>;

/** One tap per code: the code as written on paper, and its name; tapped again, it is taken back. */
function CodeButtons<Level extends string>(props: {
  legend: string;
  codes: readonly Coded<Level>[];
  chosen: Level | undefined;
  lang: string;
  onChoose: (level: Level | undefined) => void;
}) {
  return (
    <fieldset class="entry-codes">
      <legend>{props.legend}</legend>
      <div class="entry-code-buttons" lang={props.lang}>
        <For each={props.codes}>
          {(each) => (
            <button
              type="button"
              class="entry-code"
              aria-pressed={props.chosen === each.level}
              onClick={() => props.onChoose(props.chosen === each.level ? undefined : each.level)}
            >
              <span class="entry-code-short">{each.code}</span>{' '}
              <span class="entry-code-name">{each.name}</span>
            </button>
          )}
        </For>
      </div>
    </fieldset>
  );
}

/**
 * A paper data sheet entered afterwards, in one screen: the student and the sheet's date, a row
 * per step with a tap per code, and one save. The day's records from the tablet stay as they are.
 */
export function PaperEntryScreen() {
  const choice = useSheetChoice();
  const [taps, setTaps] = createSignal<Taps>(new Map());
  // The sheet saved last, which one tap takes back while it is on screen.
  const [justSaved, setJustSaved] = createSignal<{ studentId: StudentId; recorded: EventId[] }>();
  const { busy, status, setStatus, save } = useSave();
  const sheet = useLive(
    () => ({ id: choice.student()?.id, day: choice.day() }),
    async ({ id, day }) => (id ? await dataSheetOf(db, id, day) : undefined),
  );
  const dayStarts = useLive(
    () => ({ id: choice.student()?.id, day: choice.day() }),
    async ({ id, day }) => {
      if (!id) return new Map<StepId, StepStarted>();
      const events = await eventsOfStudentDay(db, id, day);
      const voided = voidedTargets(events);
      return new Map(
        events.flatMap((event) =>
          event.type === 'step-started' && !voided.has(event.id) ? [[event.stepId, event] as const] : [],
        ),
      );
    },
  );
  const labelOf = (stepId: StepId) => {
    const row = sheet()?.rows.find((each) => each.stepId === stepId);
    return (row && sheet()?.cards.get(row.cardId)?.label) ?? '';
  };
  const promptName = (level: string) =>
    choice.codes().prompts.find((each) => each.level === level)?.name ?? level;
  const tap = (stepId: StepId, change: Omit<SheetEntry, 'stepId'>) => {
    const next = new Map(taps());
    const merged = { ...next.get(stepId), ...change };
    next.set(stepId, merged);
    setTaps(next);
  };
  const reset = () => setTaps(new Map());
  const savedText = (day: string, entered: SheetEntered) =>
    [
      t('paperEntry.saved', { date: day, starts: entered.starts, supports: entered.supports }),
      ...entered.skipped.map((skipped) =>
        t(skipped.what === 'start' ? 'paperEntry.skippedStart' : 'paperEntry.skippedSupport', {
          label: labelOf(skipped.stepId),
        }),
      ),
    ].join(' ');
  const saveSheet = async () => {
    const student = choice.student();
    const entries = [...taps()]
      .map(([stepId, entry]) => ({ stepId, ...entry }))
      .filter((entry) => entry.prompt !== undefined || entry.support !== undefined);
    if (!student || entries.length === 0) {
      setStatus({ kind: 'error', text: t('paperEntry.nothingTapped') });
      return;
    }
    const day = choice.day();
    const entered = await save(
      () => enterPaperSheet(db, adultSession(), student.id, { day, entries }, clock.now()),
      (result) => savedText(sheetDate(choice.locale(), day), result),
    );
    if (entered) {
      reset();
      setJustSaved(
        entered.recorded.length > 0 ? { studentId: student.id, recorded: entered.recorded } : undefined,
      );
    }
  };
  const takeBack = async (saved: { studentId: StudentId; recorded: EventId[] }) => {
    const done = await save(async () => {
      await undoPaperSheet(db, adultSession(), saved.studentId, saved.recorded, clock.now());
      return true;
    }, t('paperEntry.undone'));
    if (done) setJustSaved(undefined);
  };

  return (
    <>
      <h1>{t('paperEntry.title')}</h1>
      <p class="next-step">{t('paperEntry.intro')}</p>
      <Show when={choice.student()} fallback={<p class="empty">{t('schedules.noStudents')}</p>}>
        {(current) => (
          <form class="paper-entry" onSubmit={(event) => event.preventDefault()}>
            <div class="panel paper-choice">
              <label for="entry-student">{t('paperEntry.student')}</label>
              <select
                id="entry-student"
                onChange={(event) => {
                  choice.setStudentId(event.currentTarget.value);
                  reset();
                }}
              >
                <StudentOptions students={choice.students()} selected={current()} />
              </select>
              <label for="entry-day">{t('paperEntry.day')}</label>
              <input
                id="entry-day"
                type="date"
                max={choice.today}
                value={choice.day()}
                onChange={(event) => {
                  choice.chooseDay(event.currentTarget.value);
                  reset();
                }}
              />
            </div>
            <Show
              when={(sheet()?.rows.length ?? 0) > 0}
              fallback={<p class="empty">{t('dataSheet.noSteps')}</p>}
            >
              <ol class="entry-rows" aria-label={t('paperEntry.steps')}>
                <For each={sheet()?.rows}>
                  {(row) => {
                    const label = () => labelOf(row.stepId);
                    const entry = () => taps().get(row.stepId);
                    return (
                      <li class="entry-row" classList={{ 'entry-mini': row.parentStepId !== undefined }}>
                        <h2 class="entry-step">{label()}</h2>
                        <Show when={dayStarts()?.get(row.stepId)}>
                          {(start) => (
                            <p class="hint">
                              {t('paperEntry.startedAlready', { prompt: promptName(start().prompt) })}
                            </p>
                          )}
                        </Show>
                        <CodeButtons
                          legend={t('paperEntry.start', { label: label() })}
                          codes={choice.codes().prompts}
                          chosen={entry()?.prompt}
                          lang={choice.locale()}
                          onChoose={(prompt) => tap(row.stepId, { prompt })}
                        />
                        <Show when={row.parentStepId === undefined}>
                          <CodeButtons
                            legend={t('paperEntry.support', { label: label() })}
                            codes={choice.codes().supports}
                            chosen={entry()?.support}
                            lang={choice.locale()}
                            onChoose={(support) => tap(row.stepId, { support })}
                          />
                        </Show>
                      </li>
                    );
                  }}
                </For>
              </ol>
              <button type="button" class="button primary" disabled={busy()} onClick={() => void saveSheet()}>
                {t('paperEntry.save')}
              </button>
            </Show>
            <StatusLine status={status()} />
            <Show when={justSaved()}>
              {(saved) => (
                <button type="button" class="button" disabled={busy()} onClick={() => void takeBack(saved())}>
                  {t('paperEntry.undo')}
                </button>
              )}
            </Show>
          </form>
        )}
      </Show>
    </>
  );
}
