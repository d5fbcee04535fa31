import { useBeforeLeave } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, Index, onCleanup, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { listCards } from '../../../db/repos/card-reads';
import { saveScale } from '../../../db/repos/scales';
import type { CardId, ScaleId } from '../../../domain/ids';
import type { InLanguages } from '../../../domain/languages';
import { LOCALES, type Locale } from '../../../domain/people';
import {
  type FivePointScale,
  type LevelWordsIn,
  SCALE_NAME_MAX_LENGTH,
  type ScaleDraft,
  type ScaleLevelPlan,
} from '../../../domain/scales';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';
import { useOtherLanguages } from '../shared/words-in';
import { LevelFields } from './level-fields';
import { LevelRecordings } from './level-recordings';
import { ScaleWordsIn } from './scale-words-in';

/** A stored scale as the editor starts from it: its words, in every language, and its levels. */
export const draftOf = (scale: FivePointScale): ScaleDraft => ({
  name: scale.name,
  levels: scale.levels,
  ...(scale.inLanguages ? { inLanguages: scale.inLanguages } : {}),
});

/**
 * The draft as the form sends it: only the words, and only those written (an empty word in another
 * language is none). Recordings are made apart (setLevelRecording), and saving keeps them.
 */
function wordsOnly(draft: ScaleDraft): ScaleDraft {
  const names: InLanguages<{ name: string }> = {};
  for (const language of LOCALES) {
    const name = draft.inLanguages?.[language]?.name.trim();
    if (name) names[language] = { name };
  }
  return {
    name: draft.name,
    ...(Object.keys(names).length > 0 ? { inLanguages: names } : {}),
    levels: draft.levels.map(({ recording: _recording, inLanguages, ...level }) => {
      const words: InLanguages<LevelWordsIn> = {};
      for (const language of LOCALES) {
        const label = inLanguages?.[language]?.label.trim();
        if (label) words[language] = { label };
      }
      return Object.keys(words).length > 0 ? { ...level, inLanguages: words } : level;
    }),
  };
}

/**
 * A scale being made or edited: a draft the teacher changes freely and saves with one button.
 * After the first save it stays open on the saved scale, so the teacher can go on.
 */
export function ScaleEditor(props: {
  scaleId?: ScaleId;
  start: ScaleDraft;
  onClose: () => void;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const cards = useLive(() => listCards(db));
  const cardMap = createMemo(() => new Map((cards() ?? []).map((card) => [card.id, card])));
  const labelOf = (cardId: CardId) => cardMap().get(cardId)?.label ?? t('schedules.missingCard');
  const [savedId, setSavedId] = createSignal(props.scaleId);
  const [saved, setSaved] = createSignal<ScaleDraft | undefined>(props.scaleId ? props.start : undefined);
  const [draft, setDraft] = createSignal<ScaleDraft>(props.start);
  const { busy: saving, status, setStatus, save: runSave } = useSave();
  // A template not saved yet is a change too: closing would lose it.
  const dirty = () => {
    const last = saved();
    return !last || JSON.stringify(last) !== JSON.stringify(draft());
  };
  createEffect(() => props.onDirtyChange(dirty()));

  // Unsaved levels are not lost by a tap on another screen or by closing the tab.
  useBeforeLeave((leaving) => {
    if (!dirty() || leaving.defaultPrevented) return;
    leaving.preventDefault();
    if (window.confirm(t('scales.discard'))) leaving.retry(true);
  });
  const warnOnUnload = (event: BeforeUnloadEvent) => {
    if (dirty()) event.preventDefault();
  };
  window.addEventListener('beforeunload', warnOnUnload);
  onCleanup(() => window.removeEventListener('beforeunload', warnOnUnload));
  const close = () => {
    if (!dirty() || window.confirm(t('scales.discard'))) {
      props.onDirtyChange(false);
      props.onClose();
    }
  };

  const changeLevel = (level: ScaleLevelPlan['level'], change: Partial<ScaleLevelPlan>) => {
    setDraft((current) => ({
      ...current,
      levels: current.levels.map((plan) => (plan.level === level ? { ...plan, ...change } : plan)),
    }));
    setStatus(undefined);
  };

  const others = useOtherLanguages();
  const nameIn = (language: Locale, name: string) =>
    setDraft((current) => ({ ...current, inLanguages: { ...current.inLanguages, [language]: { name } } }));
  const levelIn = (language: Locale, level: number, label: string) =>
    setDraft((current) => ({
      ...current,
      levels: current.levels.map((plan) =>
        plan.level === level
          ? { ...plan, inLanguages: { ...plan.inLanguages, [language]: { label } } }
          : plan,
      ),
    }));

  const save = async () => {
    const scale = await runSave(
      () => saveScale(db, adultSession(), savedId(), wordsOnly(draft()), clock.now()),
      (stored) => t('scales.saved', { name: stored.name }),
    );
    if (!scale) return;
    const stored = draftOf(scale);
    setSavedId(scale.id);
    setSaved(stored);
    setDraft(stored);
  };

  return (
    <section class="panel scale-editor" aria-labelledby="scale-editor-title">
      <h2 id="scale-editor-title">
        {saved() ? t('scales.editTitle', { name: saved()?.name ?? '' }) : t('scales.newTitle')}
      </h2>
      <p class="hint">{t('scales.editHint')}</p>
      <div class="scale-field">
        <label for="scale-name">{t('scales.name')}</label>
        <input
          id="scale-name"
          required
          autocomplete="off"
          maxlength={SCALE_NAME_MAX_LENGTH}
          value={draft().name}
          onInput={(event) => {
            const name = event.currentTarget.value;
            setDraft((current) => ({ ...current, name }));
          }}
        />
      </div>
      <For each={others()}>
        {(language) => (
          <ScaleWordsIn
            language={language}
            draft={draft()}
            onName={(name) => nameIn(language, name)}
            onLevel={(level, label) => levelIn(language, level, label)}
          />
        )}
      </For>
      <Show when={(cards() ?? []).length === 0}>
        <p class="empty">{t('scales.noCards')}</p>
      </Show>
      <ol class="scale-levels" aria-label={t('scales.levelListName')}>
        {/* By place: each level keeps its fields, and their focus, while the draft changes. */}
        <Index each={draft().levels}>
          {(level) => (
            <LevelFields
              idPrefix={`scale-level-${level().level}`}
              level={level()}
              cards={cards() ?? []}
              cardMap={cardMap()}
              labelOf={labelOf}
              onChange={(change) => changeLevel(level().level, change)}
            />
          )}
        </Index>
      </ol>
      <div class="save-row">
        <button type="button" class="button primary big" disabled={saving()} onClick={() => void save()}>
          {t('scales.save')}
        </button>
        <button type="button" class="button" onClick={close}>
          {t('scales.close')}
        </button>
        <Show when={dirty()}>
          <p class="unsaved">{t('schedules.unsaved')}</p>
        </Show>
      </div>
      <StatusLine status={status()} />
      <Show when={savedId()} keyed>
        {(scaleId) => <LevelRecordings scaleId={scaleId} levels={saved()?.levels ?? []} />}
      </Show>
    </section>
  );
}
