import { For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { setLevelRecording } from '../../../db/repos/scales';
import type { ScaleId } from '../../../domain/ids';
import type { Locale } from '../../../domain/people';
import type { FivePointScale, ScaleLevelPlan } from '../../../domain/scales';
import { t } from '../../../i18n';
import { VoiceRecording } from '../shared/voice-recording';
import { languageName, useOtherLanguages } from '../shared/words-in';

/**
 * The teacher's recordings of a saved scale's levels, in its main language and in each other
 * language the levels have words in: played on the kiosk instead of the device's voice. Closed
 * until opened, so the editor stays short.
 */
export function LevelRecordings(props: { scaleId: ScaleId; levels: readonly ScaleLevelPlan[] }) {
  const others = useOtherLanguages();
  const keep = async (level: ScaleLevelPlan, sound: Blob | undefined, language?: Locale) => {
    const saved: FivePointScale = await setLevelRecording(
      db,
      adultSession(),
      props.scaleId,
      level.level,
      sound,
      clock.now(),
      language,
    );
    const plan = saved.levels.find((each) => each.level === level.level);
    return language ? plan?.inLanguages?.[language]?.recording : plan?.recording;
  };
  return (
    <details class="level-recordings">
      <summary>{t('languages.levelRecordings')}</summary>
      <For each={props.levels}>
        {(level) => (
          <>
            <VoiceRecording
              id={`level-${level.level}-recording`}
              title={t('languages.levelRecording', { level: level.level, label: level.label })}
              recording={level.recording}
              label={level.label}
              keep={(sound) => keep(level, sound)}
            />
            <For each={others()}>
              {(language) => (
                <Show when={level.inLanguages?.[language]}>
                  {(words) => (
                    <VoiceRecording
                      id={`level-${level.level}-recording-${language}`}
                      title={t('languages.levelRecordingIn', {
                        level: level.level,
                        language: languageName(language),
                        label: words().label,
                      })}
                      recording={words().recording}
                      label={words().label}
                      keep={(sound) => keep(level, sound, language)}
                    />
                  )}
                </Show>
              )}
            </For>
          </>
        )}
      </For>
    </details>
  );
}
