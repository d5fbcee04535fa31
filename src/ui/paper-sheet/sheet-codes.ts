import type { PromptLevel } from '../../domain/events';
import { shortCodes } from '../../domain/paper-sheet';
import type { Locale } from '../../domain/people';
import { type PromptLevelSettings, shownLevels } from '../../domain/prompting';
import { SUPPORT_LEVELS, type SupportLevel } from '../../domain/support-levels';
import { localDateOf, type SchoolDay } from '../../domain/time';
import { textIn } from '../../i18n';

export type Coded<Level> = { level: Level; name: string; code: string };
export type SheetCodes = { prompts: Coded<PromptLevel>[]; supports: Coded<SupportLevel>[] };

const coded = <Level extends string>(named: (readonly [Level, string])[]): Coded<Level>[] => {
  const codes = shortCodes(named);
  return named.map(([level, name]) => ({ level, name, code: codes.get(level) ?? level }));
};

/**
 * The codes of a sheet in the student's language: the prompt levels the para bar offers, by the
 * teacher's names for them where given, and the four levels of support. The entry screen reads
 * the same codes, so what was written on paper is what is tapped.
 */
export function sheetCodes(locale: Locale, settings: PromptLevelSettings | undefined): SheetCodes {
  return {
    prompts: coded(
      shownLevels(settings).map(
        (level) => [level, settings?.[level]?.name || textIn(locale, `prompt.${level}`)] as const,
      ),
    ),
    supports: coded(SUPPORT_LEVELS.map((level) => [level, textIn(locale, `support.${level}`)] as const)),
  };
}

/** A school day as a person reads it, in a given language: "Friday, December 4, 2026". */
export function sheetDate(locale: Locale, day: SchoolDay): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(localDateOf(day));
}
