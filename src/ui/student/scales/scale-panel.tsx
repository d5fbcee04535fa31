import { createSignal, For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { cardsByIds } from '../../../db/repos/card-reads';
import { recordRating } from '../../../db/repos/scale-ratings';
import type { RatingContext } from '../../../domain/events';
import type { CardId, StudentId } from '../../../domain/ids';
import { type PictureStyle, showsPicture } from '../../../domain/presentation';
import {
  type FivePointScale,
  type LevelWordsIn,
  type ScaleLevelPlan,
  SWATCH_INK,
  SWATCHES,
} from '../../../domain/scales';
import { textIn } from '../../../i18n';
import { StoredPicture } from '../../components/stored-picture';
import { CardFace } from '../card-face';
import { useKioskText, useWordsFor } from '../kiosk-text';
import { useKioskWrite } from '../kiosk-write';
import { NotSaved } from '../not-saved';
import { saySpeech } from '../spoken-caption';

/**
 * The student's scale: five big levels, each with its number, word and picture on its colour.
 * A tap says the level and records it; then the level's "I can try" cards, each said when tapped.
 */
export function ScalePanel(props: {
  scale: FivePointScale;
  studentId: StudentId;
  context: RatingContext;
  pictureStyle: PictureStyle;
  onClose: () => void;
}) {
  const text = useKioskText();
  const cards = useLive(
    () =>
      props.scale.levels.flatMap((level) => [...(level.cardId ? [level.cardId] : []), ...level.strategies]),
    (ids) => cardsByIds(db, ids),
  );
  const [rated, setRated] = createSignal<ScaleLevelPlan>();
  const { busy, notSaved, save } = useKioskWrite();
  const wordsFor = useWordsFor();
  /** The level's word in the student's language, else the classroom's, said in the voice of its language. */
  const levelWords = (level: ScaleLevelPlan) => wordsFor<LevelWordsIn>(level, level.inLanguages);
  const levelName = (level: ScaleLevelPlan) => {
    const { words, locale: wordsLocale } = levelWords(level);
    return textIn(wordsLocale, 'kioskScales.level', { level: level.level, label: words.label });
  };
  const scaleName = () => wordsFor(props.scale, props.scale.inLanguages).words.name;
  const picture = (cardId: CardId | undefined) => {
    const card = cardId ? cards()?.get(cardId) : undefined;
    return card && showsPicture(props.pictureStyle, card) ? card.picture : undefined;
  };

  const rate = async (level: ScaleLevelPlan) => {
    const { words, locale: wordsLocale } = levelWords(level);
    saySpeech({
      text: levelName(level),
      locale: wordsLocale,
      ...(words.recording ? { recording: words.recording } : {}),
    });
    const saved = await save(() =>
      recordRating(
        db,
        props.studentId,
        { scaleId: props.scale.id, level: level.level, context: props.context },
        clock.now(),
      ),
    );
    if (saved) setRated(level);
  };

  const levelFace = (level: ScaleLevelPlan) => (
    <>
      <span class="scale-number">{level.level}</span>
      <Show when={picture(level.cardId)}>
        {(shown) => <StoredPicture mediaId={shown().mediaId} class="scale-picture" />}
      </Show>
      <span class="scale-word" lang={levelWords(level).locale}>
        {levelWords(level).words.label}
      </span>
    </>
  );

  return (
    <section class="scale-panel" aria-labelledby="scale-panel-title">
      <NotSaved reason={notSaved()} />
      <Show
        when={rated()}
        fallback={
          <>
            <h2 id="scale-panel-title">{scaleName()}</h2>
            <Show when={props.context.kind !== 'on-demand'}>
              <p class="scale-caption">{text('kioskScales.checkIn')}</p>
            </Show>
            <ol class="scale-levels" aria-label={text('kioskScales.levels')}>
              <For each={props.scale.levels}>
                {(level) => (
                  <li>
                    <button
                      type="button"
                      class="scale-level"
                      style={{ background: SWATCHES[level.colour], color: SWATCH_INK }}
                      aria-label={levelName(level)}
                      disabled={busy()}
                      onClick={() => void rate(level)}
                    >
                      {levelFace(level)}
                    </button>
                  </li>
                )}
              </For>
            </ol>
            <button type="button" class="scale-close" onClick={() => props.onClose()}>
              {text('kioskScales.notNow')}
            </button>
          </>
        }
      >
        {(level) => (
          <>
            <h2 id="scale-panel-title">
              {text('kioskScales.youAre', { level: level().level, label: levelWords(level()).words.label })}
            </h2>
            <div class="scale-result">
              <div class="scale-chosen" style={{ background: SWATCHES[level().colour], color: SWATCH_INK }}>
                {levelFace(level())}
              </div>
              <Show
                when={level().strategies.some((cardId) => cards()?.has(cardId))}
                fallback={<p class="kiosk-big">{text('kioskScales.thanks')}</p>}
              >
                <section class="scale-try" aria-labelledby="scale-try-title">
                  <h3 id="scale-try-title">{text('kioskScales.iCanTry')}</h3>
                  <ul class="scale-try-cards">
                    <For each={level().strategies}>
                      {(cardId) => (
                        <Show when={cards()?.get(cardId)}>
                          {(card) => (
                            <li>
                              <CardFace card={card()} pictureStyle={props.pictureStyle} size="medium" />
                            </li>
                          )}
                        </Show>
                      )}
                    </For>
                  </ul>
                </section>
              </Show>
            </div>
            <button type="button" class="step-action done" onClick={() => props.onClose()}>
              {text('kioskScales.backToDay')}
            </button>
          </>
        )}
      </Show>
    </section>
  );
}
