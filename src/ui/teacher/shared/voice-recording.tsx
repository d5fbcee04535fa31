import { createSignal, onCleanup, Show } from 'solid-js';
import { db } from '../../../db/instance';
import { pictureBlob } from '../../../db/repos/media-reads';
import type { Recording } from '../../../domain/languages';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';

/**
 * A recording in the teacher's own voice (or a sound file) for a card, a scale level or a
 * question, in one language: recorded here with the device's microphone, or chosen; played back;
 * removed. Each is saved at once through `keep`. Where there is no microphone (or it is refused),
 * choosing a file still works, and the screen says why recording does not.
 */
export function VoiceRecording(props: {
  /** Unique on the page: the ids of the panel's title and file field start with it. */
  id: string;
  title: string;
  recording: Recording | undefined;
  /** Saves the sound (or removes the recording: `undefined`) and gives the recording now kept. */
  keep: (sound: Blob | undefined) => Promise<Recording | undefined>;
  /** Whose recording it is, for the words that confirm a change: the card's label, the level's word. */
  label: string;
}) {
  const [recording, setRecording] = createSignal(props.recording);
  const [recorder, setRecorder] = createSignal<MediaRecorder>();
  const { busy, status, setStatus, save } = useSave();
  // Made when first played: most visits to an editor play nothing.
  let player: HTMLAudioElement | undefined;
  let playing: string | undefined;
  // Leaving the editor while recording throws the recording away: only "Stop and keep" keeps one.
  let discarded = false;
  onCleanup(() => {
    discarded = true;
    recorder()?.stop();
    player?.pause();
    if (playing) URL.revokeObjectURL(playing);
  });

  const keep = async (sound: Blob | undefined) => {
    const saved = await save(
      async () => ({ recording: await props.keep(sound) }),
      () => t(sound ? 'cards.recordingSaved' : 'cards.recordingRemoved', { label: props.label }),
    );
    if (saved) setRecording(saved.recording);
  };

  const record = async () => {
    setStatus(undefined);
    if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') {
      setStatus({ kind: 'error', text: t('cards.recordingNoMicrophone') });
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      setStatus({ kind: 'error', text: t('cards.recordingRefused') });
      return;
    }
    const made = new MediaRecorder(stream);
    const chunks: Blob[] = [];
    made.addEventListener('dataavailable', (event) => chunks.push(event.data));
    made.addEventListener('stop', () => {
      for (const track of stream.getTracks()) track.stop();
      setRecorder(undefined);
      if (!discarded) void keep(new Blob(chunks, { type: made.mimeType }));
    });
    made.start();
    setRecorder(made);
  };

  const play = async () => {
    const current = recording();
    const blob = current && (await pictureBlob(db, current.mediaId));
    if (!blob) return;
    if (playing) URL.revokeObjectURL(playing);
    playing = URL.createObjectURL(blob);
    player ??= new Audio();
    player.src = playing;
    await player.play().catch(() => setStatus({ kind: 'error', text: t('cards.recordingUnplayable') }));
  };

  return (
    <section class="card-recording-panel" aria-labelledby={`${props.id}-title`}>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      <p>{recording() ? t('cards.recordingYes') : t('cards.recordingNo')}</p>
      <div class="button-row">
        <Show
          when={recorder()}
          fallback={
            <button type="button" class="button" disabled={busy()} onClick={() => void record()}>
              {t('cards.recordingStart')}
            </button>
          }
        >
          {(running) => (
            <button type="button" class="button primary" onClick={() => running().stop()}>
              {t('cards.recordingStop')}
            </button>
          )}
        </Show>
        <Show when={recording() && !recorder()}>
          <button type="button" class="button" onClick={() => void play()}>
            {t('cards.recordingPlay')}
          </button>
          <button type="button" class="button" disabled={busy()} onClick={() => void keep(undefined)}>
            {t('cards.recordingRemove')}
          </button>
        </Show>
      </div>
      <Show when={recorder()}>
        <p role="status">{t('cards.recordingNow')}</p>
      </Show>
      <label for={`${props.id}-file`}>{t('cards.recordingFile')}</label>
      <input
        id={`${props.id}-file`}
        type="file"
        accept="audio/*"
        disabled={busy() || recorder() !== undefined}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void keep(file);
        }}
      />
      <StatusLine status={status()} />
    </section>
  );
}
