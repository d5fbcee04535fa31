import type { SymbolEntry } from 'virtual:symbol-set';
import { createMemo, createSignal, Match, Switch } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { createCard } from '../../../db/repos/cards';
import { CARD_LABEL_MAX_LENGTH, type PictureKind, SPOKEN_TEXT_MAX_LENGTH } from '../../../domain/cards';
import { errorText, t } from '../../../i18n';
import { type Status, StatusLine } from '../../components/status-line';
import { PhotoPicker } from './photo-picker';
import { type PictureSource, PictureSourceChoice } from './picture-source-choice';
import { SymbolPicker } from './symbol-picker';

/** A new card: its words, and a picture from a photo, a symbol, or none. */
export function CardForm() {
  const [label, setLabel] = createSignal('');
  const [spokenText, setSpokenText] = createSignal('');
  const [source, setSource] = createSignal<PictureSource>('symbol');
  const [photo, setPhoto] = createSignal<Blob>();
  const [symbol, setSymbol] = createSignal<SymbolEntry>();
  const [saving, setSaving] = createSignal(false);
  const [status, setStatus] = createSignal<Status>();
  // The chosen symbol becomes a picture of the card's own: the kiosk needs no symbol set.
  const symbolBlob = createMemo(() => {
    const chosen = symbol();
    return chosen ? new Blob([chosen.svg], { type: 'image/svg+xml' }) : undefined;
  });

  const picture = (): { blob: Blob; kind: PictureKind } | undefined | 'missing' => {
    if (source() === 'none') return undefined;
    const blob = source() === 'photo' ? photo() : symbolBlob();
    return blob ? { blob, kind: source() === 'photo' ? 'photo' : 'symbol' } : 'missing';
  };

  // A new choice of picture answers the last complaint, so it goes away.
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setStatus(undefined);
    };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = picture();
    if (chosen === 'missing') {
      setStatus({ kind: 'error', text: t(source() === 'photo' ? 'cards.needPhoto' : 'cards.needSymbol') });
      return;
    }
    setSaving(true);
    try {
      const input = { label: label(), spokenText: spokenText(), picture: chosen };
      const card = await createCard(db, adultSession(), input, clock.now());
      setLabel('');
      setSpokenText('');
      setPhoto(undefined);
      setSymbol(undefined);
      setStatus({ kind: 'done', text: t('cards.saved', { label: card.label }) });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="new-card-title">
      <h2 id="new-card-title">{t('cards.newCard')}</h2>
      <form class="form card-form" onSubmit={submit}>
        <label for="card-label">{t('cards.label')}</label>
        <p id="card-label-hint" class="hint">
          {t('cards.labelHint')}
        </p>
        <input
          id="card-label"
          required
          maxlength={CARD_LABEL_MAX_LENGTH}
          autocomplete="off"
          aria-describedby="card-label-hint"
          value={label()}
          onInput={(e) => setLabel(e.currentTarget.value)}
        />
        <label for="card-spoken-text">{t('cards.spokenText')}</label>
        <p id="card-spoken-text-hint" class="hint">
          {t('cards.spokenTextHint')}
        </p>
        <input
          id="card-spoken-text"
          maxlength={SPOKEN_TEXT_MAX_LENGTH}
          autocomplete="off"
          aria-describedby="card-spoken-text-hint"
          value={spokenText()}
          onInput={(e) => setSpokenText(e.currentTarget.value)}
        />
        <PictureSourceChoice value={source()} onChange={changed(setSource)} />
        <Switch>
          <Match when={source() === 'photo'}>
            <PhotoPicker photo={photo()} onChange={changed(setPhoto)} />
          </Match>
          <Match when={source() === 'symbol'}>
            <SymbolPicker chosen={symbol()} chosenBlob={symbolBlob()} onChoose={changed(setSymbol)} />
          </Match>
          <Match when={source() === 'none'}>
            <p class="hint">{t('cards.noPictureHint')}</p>
          </Match>
        </Switch>
        <button type="submit" class="button primary" disabled={saving()}>
          {t('cards.save')}
        </button>
      </form>
      <StatusLine status={status()} />
    </section>
  );
}
