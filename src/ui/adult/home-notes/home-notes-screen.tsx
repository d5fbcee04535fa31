import './home-notes.css';
import { createSignal, For, Show } from 'solid-js';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { homeNoteOf, homeWeekOf } from '../../../db/repos/home-notes';
import type { Card } from '../../../domain/cards';
import { HOME_NOTE_SENTENCE_MAX_LENGTH, type HomeNoteDraft, hasRecords } from '../../../domain/home-note';
import { type HomeWeekSummary, weekHasRecords } from '../../../domain/home-week';
import type { CardId } from '../../../domain/ids';
import type { Locale, Student } from '../../../domain/people';
import { localDateOf, type SchoolDay } from '../../../domain/time';
import { t, textIn } from '../../../i18n';
import { StudentOptions, useStudentAndDay } from '../../components/student-choice';
import { WeekChart } from './week-chart';

/**
 * A daily note for each student's family, drafted from the day's records in the language the
 * family reads, with a sentence from the adult; printed, saved as a PDF, or shared from the device.
 * Nothing goes to a server: the note is made here and leaves only as the adult sends it. The week's
 * note is the same, for the school week of the chosen day, with one chart.
 */
export function HomeNotesScreen() {
  const { students, student, setStudentId, day, chooseDay } = useStudentAndDay();
  const [sentence, setSentence] = createSignal('');
  const [span, setSpan] = createSignal<'day' | 'week'>('day');
  const note = useLive(
    () => ({ student: student(), day: day(), span: span() }),
    async ({ student: current, day: chosen, span: chosenSpan }) =>
      current && chosenSpan === 'day' ? await homeNoteOf(db, adultSession(), current.id, chosen) : undefined,
  );
  const weekNote = useLive(
    () => ({ student: student(), day: day(), span: span() }),
    async ({ student: current, day: chosen, span: chosenSpan }) =>
      current && chosenSpan === 'week' ? await homeWeekOf(db, adultSession(), current.id, chosen) : undefined,
  );
  const language = (): Locale => {
    const current = student();
    return current?.familyLocale ?? current?.locale ?? 'en';
  };
  const noteText = () => {
    const current = student();
    if (!current) return '';
    const drafted = note();
    const week = weekNote();
    if (drafted) return noteLines(current, day(), language(), drafted, sentence()).join('\n');
    return week ? weekLines(current, day(), language(), week, sentence()).join('\n') : '';
  };
  const canShare = typeof navigator.share === 'function';

  return (
    <>
      <h1 class="no-print">{t('homeNote.title')}</h1>
      <p class="next-step no-print">{t('homeNote.intro')}</p>
      <Show when={student()} fallback={<p class="empty">{t('schedules.noStudents')}</p>}>
        {(current) => (
          <>
            <form class="panel home-note-choice no-print" onSubmit={(event) => event.preventDefault()}>
              <label for="home-note-student">{t('homeNote.student')}</label>
              <select id="home-note-student" onChange={(event) => setStudentId(event.currentTarget.value)}>
                <StudentOptions students={students()} selected={current()} />
              </select>
              <fieldset class="home-note-kind">
                <legend>{t('homeNote.span')}</legend>
                <label>
                  <input
                    type="radio"
                    name="home-note-span"
                    checked={span() === 'day'}
                    onChange={() => setSpan('day')}
                  />{' '}
                  {t('homeNote.spanDay')}
                </label>
                <label>
                  <input
                    type="radio"
                    name="home-note-span"
                    checked={span() === 'week'}
                    onChange={() => setSpan('week')}
                  />{' '}
                  {t('homeNote.spanWeek')}
                </label>
              </fieldset>
              <label for="home-note-day">{t('homeNote.day')}</label>
              <input
                id="home-note-day"
                type="date"
                value={day()}
                onChange={(event) => chooseDay(event.currentTarget.value)}
              />
              <label for="home-note-sentence">{t('homeNote.sentence')}</label>
              <textarea
                id="home-note-sentence"
                rows={2}
                maxlength={HOME_NOTE_SENTENCE_MAX_LENGTH}
                value={sentence()}
                onInput={(event) => setSentence(event.currentTarget.value)}
              />
              <p class="hint">{t('homeNote.language', { language: t(`language.${language()}`) })}</p>
              <div class="button-row">
                <button type="button" class="button primary" onClick={() => window.print()}>
                  {t('homeNote.print')}
                </button>
                <Show when={canShare}>
                  <button
                    type="button"
                    class="button"
                    onClick={() => void navigator.share({ text: noteText() }).catch(() => undefined)}
                  >
                    {t('homeNote.share')}
                  </button>
                </Show>
              </div>
            </form>
            <Show when={note()}>
              {(drafted) => (
                <article class="home-note" aria-label={t('homeNote.preview')} lang={language()}>
                  <For each={noteLines(current(), day(), language(), drafted(), sentence())}>
                    {(line, index) => (index() === 0 ? <h2>{line}</h2> : <p>{line}</p>)}
                  </For>
                </article>
              )}
            </Show>
            <Show when={weekNote()}>
              {(week) => (
                <article class="home-note" aria-label={t('homeNote.preview')} lang={language()}>
                  <For each={weekLines(current(), day(), language(), week(), sentence())}>
                    {(line, index) => (index() === 0 ? <h2>{line}</h2> : <p>{line}</p>)}
                  </For>
                  <Show when={weekHasRecords(week().week)}>
                    <WeekChart bars={week().week.bars} language={language()} />
                  </Show>
                </article>
              )}
            </Show>
          </>
        )}
      </Show>
    </>
  );
}

/** The week's note in the family's language: its heading and week, the week's records, the adult's sentence. */
function weekLines(
  student: Student,
  day: SchoolDay,
  language: Locale,
  note: { week: HomeWeekSummary; cards: Map<CardId, Card> },
  sentence: string,
): string[] {
  const { week, cards } = note;
  const say = (key: Parameters<typeof textIn>[1], params?: Parameters<typeof textIn>[2]) =>
    textIn(language, key, params);
  const monday = week.bars[0]?.day ?? day;
  const date = localDateOf(monday, 12).toLocaleDateString(language, { month: 'long', day: 'numeric' });
  const lines = [say('homeNote.weekHeading', { name: student.name }), say('homeNote.weekOf', { date })];
  if (!weekHasRecords(week)) lines.push(say('homeNote.weekNothing'));
  else {
    const activities = week.onTheirOwn.map((cardId) => cards.get(cardId)?.label ?? '').filter(Boolean);
    if (activities.length > 0)
      lines.push(
        say('homeNote.weekOnTheirOwn', {
          activities: new Intl.ListFormat(language, { type: 'conjunction' }).format(activities),
        }),
      );
    if (week.started > 0)
      lines.push(say('homeNote.weekStarts', { independent: week.independent, started: week.started }));
    if (week.usualRating !== undefined)
      lines.push(say('homeNote.weekRating', { level: week.usualRating, ratings: week.ratingCount }));
    if (week.tokens + week.rewards > 0)
      lines.push(say('homeNote.weekTokens', { tokens: week.tokens, rewards: week.rewards }));
  }
  const own = sentence.trim();
  if (own) lines.push(say('homeNote.fromSchool', { sentence: own }));
  return lines;
}

/** The note in the family's language, line by line: its heading and date, the day, the adult's sentence. */
function noteLines(
  student: Student,
  day: SchoolDay,
  language: Locale,
  note: { draft: HomeNoteDraft; cards: Map<CardId, Card> },
  sentence: string,
): string[] {
  const { draft, cards } = note;
  const say = (key: Parameters<typeof textIn>[1], params?: Parameters<typeof textIn>[2]) =>
    textIn(language, key, params);
  const date = localDateOf(day, 12).toLocaleDateString(language, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  });
  const lines = [say('homeNote.heading', { name: student.name }), date];
  if (!hasRecords(draft)) lines.push(say('homeNote.nothing'));
  else {
    const activities = draft.onTheirOwn.map((cardId) => cards.get(cardId)?.label ?? '').filter(Boolean);
    if (activities.length > 0)
      lines.push(
        say('homeNote.onTheirOwn', {
          activities: new Intl.ListFormat(language, { type: 'conjunction' }).format(activities),
        }),
      );
    if (draft.started > 0)
      lines.push(say('homeNote.starts', { independent: draft.independent, started: draft.started }));
    if (draft.finished > 0) lines.push(say('homeNote.finished', { finished: draft.finished }));
    if (draft.ratings.length > 0) lines.push(say('homeNote.ratings', { levels: draft.ratings.join(', ') }));
    if (draft.tokens + draft.rewards > 0)
      lines.push(say('homeNote.tokens', { tokens: draft.tokens, rewards: draft.rewards }));
  }
  const own = sentence.trim();
  if (own) lines.push(say('homeNote.fromSchool', { sentence: own }));
  return lines;
}
