import type { SymbolEntry } from 'virtual:symbol-set';
import { createEffect, createMemo, createSignal, For, Match, on, Show, Switch } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { createCard, updateCard } from '../../../db/repos/cards';
import {
  CARD_LABEL_MAX_LENGTH,
  type Card,
  type PictureKind,
  SPOKEN_TEXT_MAX_LENGTH,
} from '../../../domain/cards';
import type { InLanguages } from '../../../domain/languages';
import { LOCALES, type Locale } from '../../../domain/people';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { StoredPicture } from '../../components/stored-picture';
import { useSave } from '../../components/use-save';
import { languageName, RecordAfterWords, useOtherLanguages, WordsIn } from '../shared/words-in';
import { CardRecording } from './card-recording';
import { PhotoPicker } from './photo-picker';
import { type PictureSource, PictureSourceChoice } from './picture-source-choice';
import { SymbolPicker } from './symbol-picker';

const sourceOf = (card: Card): PictureSource => card.picture?.kind ?? 'none';

type TypedWords = { label: string; spokenText: string };

/** A card's words in other languages, as the form shows them. */
function typedWordsOf(card: Card | undefined): InLanguages<TypedWords> {
  const typed: InLanguages<TypedWords> = {};
  for (const language of LOCALES) {
    const words = card?.inLanguages?.[language];
    if (words) typed[language] = { label: words.label, spokenText: words.spokenText ?? '' };
  }
  return typed;
}

/** The languages given a label, as the card's words in them: an empty label means none in that language. */
function filledWords<Words extends { label: string }>(typed: InLanguages<Words>): InLanguages<Words> {
  const filled: InLanguages<Words> = {};
  for (const language of LOCALES) {
    const words = typed[language];
    if (words && words.label.trim() !== '') filled[language] = words;
  }
  return filled;
}

/**
 * A card's words, and a picture from a photo, a symbol, or none: a new card, or the card being
 * changed, which keeps its picture unless another is chosen.
 */
export function CardForm(props: { editing?: Card; onDone: () => void }) {
  const [label, setLabel] = createSignal('');
  const [spokenText, setSpokenText] = createSignal('');
  // The card's words in the classroom's other languages, as typed.
  const [wordsIn, setWordsIn] = createSignal<InLanguages<TypedWords>>({});
  const others = useOtherLanguages();
  const typed = (language: Locale) => wordsIn()[language] ?? { label: '', spokenText: '' };
  const type = (language: Locale, change: Partial<TypedWords>) =>
    setWordsIn((all) => ({ ...all, [language]: { ...typed(language), ...change } }));
  const [source, setSource] = createSignal<PictureSource>('symbol');
  const [photo, setPhoto] = createSignal<Blob>();
  const [symbol, setSymbol] = createSignal<SymbolEntry>();
  const { busy: saving, status, setStatus, save: runSave } = useSave();
  let labelInput: HTMLInputElement | undefined;

  const reset = (card: Card | undefined) => {
    setLabel(card?.label ?? '');
    setSpokenText(card?.spokenText ?? '');
    setWordsIn(typedWordsOf(card));
    setSource(card ? sourceOf(card) : 'symbol');
    setPhoto(undefined);
    setSymbol(undefined);
  };
  // Choosing a card to change fills the form and brings the teacher to it.
  createEffect(
    on(
      () => props.editing,
      (card) => {
        reset(card);
        if (card) {
          setStatus(undefined);
          labelInput?.scrollIntoView({ block: 'center' });
          labelInput?.focus();
        }
      },
    ),
  );
  /** The picture the card already has, while the same kind is chosen and nothing new picked. */
  const keptPicture = () => {
    const card = props.editing;
    if (!card?.picture || source() !== sourceOf(card)) return undefined;
    return (source() === 'photo' ? photo() : symbol()) ? undefined : card.picture;
  };
  // The chosen symbol becomes a picture of the card's own: the kiosk needs no symbol set.
  const symbolBlob = createMemo(() => {
    const chosen = symbol();
    return chosen ? new Blob([chosen.svg], { type: 'image/svg+xml' }) : undefined;
  });

  const picture = (): { blob: Blob; kind: PictureKind } | undefined | 'missing' | 'keep' => {
    if (source() === 'none') return undefined;
    if (keptPicture()) return 'keep';
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
    const input = {
      label: label(),
      spokenText: spokenText(),
      inLanguages: filledWords(wordsIn()),
      picture: chosen,
    };
    const editing = props.editing;
    const card = await runSave(
      () =>
        editing
          ? updateCard(db, adultSession(), editing.id, input, clock.now())
          : createCard(db, adultSession(), input, clock.now()),
      (saved) => t(editing ? 'cards.changed' : 'cards.saved', { label: saved.label }),
    );
    if (!card) return;
    reset(undefined);
    props.onDone();
  };

  return (
    <section class="panel" aria-labelledby="new-card-title">
      <h2 id="new-card-title">
        {props.editing ? t('cards.editTitle', { label: props.editing.label }) : t('cards.newCard')}
      </h2>
      <form class="form card-form" onSubmit={submit}>
        <label for="card-label">{t('cards.label')}</label>
        <p id="card-label-hint" class="hint">
          {t('cards.labelHint')}
        </p>
        <input
          ref={labelInput}
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
        <For each={others()}>
          {(language) => (
            <WordsIn language={language} open={typed(language).label !== ''}>
              <label for={`card-label-${language}`}>
                {t('languages.labelIn', { language: languageName(language) })}
              </label>
              <input
                id={`card-label-${language}`}
                lang={language}
                maxlength={CARD_LABEL_MAX_LENGTH}
                autocomplete="off"
                value={typed(language).label}
                onInput={(e) => type(language, { label: e.currentTarget.value })}
              />
              <label for={`card-spoken-text-${language}`}>
                {t('languages.spokenTextIn', { language: languageName(language) })}
              </label>
              <input
                id={`card-spoken-text-${language}`}
                lang={language}
                maxlength={SPOKEN_TEXT_MAX_LENGTH}
                autocomplete="off"
                value={typed(language).spokenText}
                onInput={(e) => type(language, { spokenText: e.currentTarget.value })}
              />
              <Show when={props.editing} keyed>
                {(card) => (
                  <RecordAfterWords language={language} saved={card.inLanguages?.[language] !== undefined}>
                    <CardRecording card={card} locale={language} />
                  </RecordAfterWords>
                )}
              </Show>
            </WordsIn>
          )}
        </For>
        <PictureSourceChoice value={source()} onChange={changed(setSource)} />
        <Show when={keptPicture()}>
          {(kept) => (
            <figure class="picture-preview">
              <StoredPicture mediaId={kept().mediaId} />
              <figcaption>{t('cards.currentPicture')}</figcaption>
            </figure>
          )}
        </Show>
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
        <div class="save-row">
          <button type="submit" class="button primary" disabled={saving()}>
            {props.editing ? t('cards.saveChanges') : t('cards.save')}
          </button>
          <Show when={props.editing}>
            <button type="button" class="button" onClick={() => props.onDone()}>
              {t('cards.stopEditing')}
            </button>
          </Show>
        </div>
      </form>
      <StatusLine status={status()} />
      <Show when={props.editing} keyed fallback={<p class="hint">{t('cards.recordingAfterSave')}</p>}>
        {(card) => <CardRecording card={card} />}
      </Show>
    </section>
  );
}
