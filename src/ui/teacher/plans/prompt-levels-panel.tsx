import './plans.css';
import { createSignal, For } from 'solid-js';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { changeSetting, readSetting } from '../../../db/repos/settings';
import { PROMPT_LEVELS } from '../../../domain/events';
import { PROMPT_NAME_MAX_LENGTH } from '../../../domain/prompt-level-settings';
import { type PromptLevelSettings, shownLevels } from '../../../domain/prompting';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';

/** The teacher names the para's prompt buttons, hides levels, or offers a peer's cue. */
export function PromptLevelsPanel() {
  const [draft, setDraft] = createSignal<PromptLevelSettings>({});
  const { status, save: runSave } = useSave();
  void readSetting(db, 'promptLevels').then((saved) => setDraft(saved ?? {}));
  const shown = () => shownLevels(draft());
  const change = (level: (typeof PROMPT_LEVELS)[number], fields: { name?: string; shown?: boolean }) =>
    setDraft((current) => ({ ...current, [level]: { ...current[level], ...fields } }));

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    await runSave(async () => {
      await changeSetting(db, adultSession(), 'promptLevels', draft());
    }, t('plans.levelsSaved'));
  };

  return (
    <section class="panel" aria-labelledby="prompt-levels-title">
      <h2 id="prompt-levels-title">{t('plans.levels')}</h2>
      <p class="hint">{t('plans.levelsIntro')}</p>
      <form onSubmit={save}>
        <ul class="prompt-levels">
          <For each={PROMPT_LEVELS}>
            {(level) => (
              <li>
                <label class="check-row">
                  <input
                    type="checkbox"
                    checked={shown().includes(level)}
                    onChange={(event) => change(level, { shown: event.currentTarget.checked })}
                  />
                  {t('plans.levelShown', { level: t(`prompt.${level}`) })}
                </label>
                <label for={`level-name-${level}`}>
                  {t('plans.levelName', { level: t(`prompt.${level}`) })}
                </label>
                <input
                  id={`level-name-${level}`}
                  maxlength={PROMPT_NAME_MAX_LENGTH}
                  placeholder={t(`prompt.${level}`)}
                  value={draft()[level]?.name ?? ''}
                  onInput={(event) => change(level, { name: event.currentTarget.value })}
                />
              </li>
            )}
          </For>
        </ul>
        <button type="submit" class="button primary">
          {t('plans.saveLevels')}
        </button>
      </form>
      <StatusLine status={status()} />
    </section>
  );
}
