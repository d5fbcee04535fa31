import './home-notes.css';
import { createSignal, For, Show } from 'solid-js';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { homeNoteOf } from '../../../db/repos/home-notes';
import type { Card } from '../../../domain/cards';
import { HOME_NOTE_SENTENCE_MAX_LENGTH, type HomeNoteDraft, hasRecords } from '../../../domain/home-note';
import type { CardId } from '../../../domain/ids';
import type { Locale, Student } from '../../../domain/people';
import { localDateOf, type SchoolDay } from '../../../domain/time';
import { t, textIn } from '../../../i18n';
import { StudentOptions, useStudentAndDay } from '../../components/student-choice';

/**
 * A daily note for each student's family, drafted from the day's records in the language the
 * family reads, with a sentence from the adult; printed, saved as a PDF, or shared from the device.
 * Nothing goes to a server: the note is made here and leaves only as the adult sends it.
 */
export function HomeNotesScreen() {
  const { students, student, setStudentId, day, chooseDay } = useStudentAndDay();
  const [sentence, setSentence] = createSignal('');
  const note = useLive(
    () => ({ student: student(), day: day() }),
    async ({ student: current, day: chosen }) =>
      current ? await homeNoteOf(db, adultSession(), current.id, chosen) : undefined,
  );
  const language = (): Locale => {
    const current = student();
    return current?.familyLocale ?? current?.locale ?? 'en';
  };
  const noteText = () => {
    const current = student();
    const drafted = note();
    return current && drafted ? noteLines(current, day(), language(), drafted, sentence()).join('\n') : '';
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
          </>
        )}
      </Show>
    </>
  );
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
