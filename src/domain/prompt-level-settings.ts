// The teacher's words for the para's prompt buttons, a classroom-wide setting: a value read from
// storage, a backup file or sync is checked here before the app relies on it. Checked by hand, as
// every setting is (see db/repos/settings.ts): the kiosk reads settings before its first tap.
import { PROMPT_LEVELS, type PromptLevel } from './events';
import type { PromptLevelSettings } from './prompting';

export const PROMPT_NAME_MAX_LENGTH = 40;

const isPromptLevel = (key: string): key is PromptLevel => (PROMPT_LEVELS as readonly string[]).includes(key);
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The settings as they are kept (names trimmed), or undefined when the value is not such
 * settings: only prompt levels as keys, each with at most a name of up to 40 characters and
 * whether it is shown, nothing else.
 */
export function promptLevelSettingsOf(value: unknown): PromptLevelSettings | undefined {
  if (!isPlainObject(value)) return undefined;
  const settings: PromptLevelSettings = {};
  for (const [level, entry] of Object.entries(value)) {
    if (!isPromptLevel(level) || !isPlainObject(entry)) return undefined;
    const { name, shown, ...other } = entry;
    if (Object.keys(other).length > 0) return undefined;
    if (shown !== undefined && typeof shown !== 'boolean') return undefined;
    if (name !== undefined && (typeof name !== 'string' || name.trim().length > PROMPT_NAME_MAX_LENGTH))
      return undefined;
    settings[level] = {
      ...(typeof name === 'string' ? { name: name.trim() } : {}),
      ...(shown !== undefined ? { shown } : {}),
    };
  }
  return settings;
}
