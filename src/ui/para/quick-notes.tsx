import { createSignal, For } from 'solid-js';
import { clock } from '../../app/clock';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { addNote } from '../../db/repos/para-records';
import { NOTE_MAX_LENGTH } from '../../domain/events';
import type { StudentId } from '../../domain/ids';
import { type MessageKey, t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

const PRESETS: readonly MessageKey[] = [
  'paraBar.noteCalm',
  'paraBar.noteBreak',
  'paraBar.noteRefused',
  'paraBar.notePeer',
  'paraBar.noteUpset',
];

/** A note in one tap from the presets, or in the adult's own words. */
export function QuickNotes(props: { studentId: StudentId }) {
  const { busy, status, save: run } = useSave();
  const [text, setText] = createSignal('');
  const inputId = () => `note-${props.studentId}`;
  const add = (note: string, after?: () => void) =>
    void run(async () => {
      await addNote(db, adultSession(), props.studentId, note, clock.now());
      after?.();
    }, t('paraBar.noteAdded'));

  return (
    <div class="para-notes">
      <h3>{t('paraBar.notes')}</h3>
      <div class="note-presets">
        <For each={PRESETS}>
          {(key) => (
            <button type="button" class="button" disabled={busy()} onClick={() => add(t(key))}>
              {t(key)}
            </button>
          )}
        </For>
      </div>
      <form
        class="note-form"
        onSubmit={(event) => {
          event.preventDefault();
          add(text(), () => setText(''));
        }}
      >
        <label for={inputId()}>{t('paraBar.noteText')}</label>
        <input
          id={inputId()}
          required
          maxlength={NOTE_MAX_LENGTH}
          value={text()}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit" class="button primary" disabled={busy()}>
          {t('paraBar.addNote')}
        </button>
      </form>
      <StatusLine status={status()} />
    </div>
  );
}
