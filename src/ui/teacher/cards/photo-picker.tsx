import { createEffect, createSignal, Show } from 'solid-js';
import { t } from '../../../i18n';
import { scalePhoto } from '../../components/photo-scaling';
import { type Status, StatusLine } from '../../components/status-line';
import { PicturePreview } from './picture-preview';

/** The camera or a photo file, scaled down before anything is kept; an unreadable file is refused. */
export function PhotoPicker(props: { photo: Blob | undefined; onChange: (photo: Blob | undefined) => void }) {
  const [status, setStatus] = createSignal<Status>();
  const [preparing, setPreparing] = createSignal(false);
  let input: HTMLInputElement | undefined;
  let latest = 0;

  // When the form is cleared after a save, the file input forgets its file too.
  createEffect(() => {
    if (!props.photo && input && !preparing()) input.value = '';
  });

  const choose = async (file: File | undefined) => {
    setStatus(undefined);
    if (!file) return props.onChange(undefined);
    const attempt = ++latest;
    setPreparing(true);
    props.onChange(undefined);
    const photo = await scalePhoto(file);
    if (attempt !== latest) return; // a later file was chosen meanwhile
    if (photo) props.onChange(photo);
    else setStatus({ kind: 'error', text: t('cards.photoUnreadable') });
    setPreparing(false);
  };

  return (
    <div class="picture-panel">
      <label for="card-photo">{t('cards.photoInput')}</label>
      <p id="card-photo-hint" class="hint">
        {t('cards.photoHint')}
      </p>
      <input
        ref={input}
        id="card-photo"
        type="file"
        accept="image/*"
        capture="environment"
        aria-describedby="card-photo-hint"
        onChange={(e) => void choose(e.currentTarget.files?.[0])}
      />
      <Show when={preparing()}>
        <p role="status">{t('cards.photoPreparing')}</p>
      </Show>
      <StatusLine status={status()} />
      <Show when={props.photo}>
        {(photo) => <PicturePreview blob={photo()} caption={t('cards.photoPreview')} />}
      </Show>
    </div>
  );
}
