import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { readSetting } from '../../db/repos/settings';
import type { PromptLevel } from '../../domain/events';
import { type PromptLevelSettings, shownLevels } from '../../domain/prompting';
import { t } from '../../i18n';

/** The prompt levels as this classroom names and offers them (the teacher's setting). */
export function usePromptLevels() {
  const settings = useLive(() => readSetting(db, 'promptLevels'));
  const nameOf = (level: PromptLevel) => promptName(level, settings());
  return { shown: () => shownLevels(settings()), nameOf };
}

export function promptName(level: PromptLevel, settings: PromptLevelSettings | undefined): string {
  return settings?.[level]?.name || t(`prompt.${level}`);
}
