// The para's paper data sheet, for a day without the tablet, and its entry afterwards: the same
// steps, prompt levels and support levels as the para bar, written down as short codes, then
// entered as events stamped on the sheet's own day and marked as entered from paper.

import { voidedTargets } from './corrections';
import type { AppEvent, PromptLevel } from './events';
import type { CardId, StepId } from './ids';
import type { PlanStage } from './plan-stage';
import type { ScheduleItem } from './schedule';
import type { SupportLevel } from './support-levels';
import { dayBounds, type SchoolDay, schoolDayOf } from './time';

/** One line of the sheet: a part of the day, or a step of its mini-schedule under it. */
export type SheetRow = {
  stepId: StepId;
  cardId: CardId;
  /** The part of the day a mini-step belongs to; a part itself has none. */
  parentStepId?: StepId;
  /** The plan's help for the step's activity now: the time delay, then the prompt. */
  plan?: PlanStage;
};

/** The day's steps in order, each part followed by its mini-steps, with the plan of each. */
export function sheetRows(
  items: readonly ScheduleItem[],
  stages: ReadonlyMap<CardId, PlanStage>,
): SheetRow[] {
  const withPlan = (row: Omit<SheetRow, 'plan'>): SheetRow => {
    const plan = stages.get(row.cardId);
    return plan ? { ...row, plan } : row;
  };
  return items.flatMap((item) => [
    withPlan({ stepId: item.id, cardId: item.cardId }),
    ...item.miniSteps.map((mini) =>
      withPlan({ stepId: mini.id, cardId: mini.cardId, parentStepId: item.id }),
    ),
  ]);
}

/**
 * Letters of a name, accents taken off, in words; words of one or two letters ("de", "a") are
 * left out, unless the name has no other.
 */
function wordsOf(name: string): string[] {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => word.toUpperCase());
  const long = words.filter((word) => word.length > 2);
  return long.length > 0 ? long : words;
}

/** Codes to try for a name, shortest first: its initials (at most three), then longer ones. */
function candidateCodes(name: string): string[] {
  const words = wordsOf(name);
  if (words.length === 0) return [];
  const initials = words
    .slice(0, 3)
    .map((word) => word[0])
    .join('');
  const last = words[Math.min(words.length, 3) - 1] ?? '';
  const longer = Array.from({ length: Math.max(0, last.length - 1) }, (_, index) =>
    initials.slice(0, -1).concat(last.slice(0, index + 2)),
  );
  return [initials, ...longer];
}

/**
 * A short code for each name, as a para writes it in a box: the initials of its words
 * ("Partial physical" → PP, "Físico total" → FT), made longer until no two codes are the same,
 * and numbered as a last resort. Earlier entries keep the shorter codes.
 */
export function shortCodes<Key extends string>(
  entries: readonly (readonly [Key, string])[],
): Map<Key, string> {
  const codes = new Map<Key, string>();
  const taken = new Set<string>();
  for (const [key, name] of entries) {
    const code =
      candidateCodes(name).find((candidate) => !taken.has(candidate)) ??
      Array.from({ length: entries.length + 1 }, (_, index) => `${index + 1}`).find(
        (candidate) => !taken.has(candidate),
      ) ??
      key;
    codes.set(key, code);
    taken.add(code);
  }
  return codes;
}

/**
 * The moment a sheet's records are stamped with: now, when the sheet is today's; the day's last
 * moment for an earlier day, so they count on that school day; none for a day still to come.
 */
export function paperMoment(sheetDay: SchoolDay, now: number): number | undefined {
  const today = schoolDayOf(now);
  if (sheetDay === today) return now;
  return sheetDay < today ? dayBounds(sheetDay).to : undefined;
}

/**
 * How long a sheet just entered can be taken back in one tap from the entry screen: time to see a
 * wrong student or date. Later, its records are corrected like any others.
 */
export const PAPER_UNDO_MS = 10 * 60_000;

/** Whether a record can be taken back as part of a sheet entered a moment ago. */
export function paperUndoable(event: AppEvent, enteredAt: number, now: number, voided: boolean): boolean {
  return (
    !voided &&
    (event.type === 'step-started' || event.type === 'support-noted') &&
    event.fromPaper !== undefined &&
    now >= enteredAt &&
    now - enteredAt <= PAPER_UNDO_MS
  );
}

/** What the sheet says of one step: how it started (a prompt level), and for a part, its support. */
export type SheetEntry = { stepId: StepId; prompt?: PromptLevel; support?: SupportLevel };

/** A code of the sheet that was not entered, because the day's log has that record already. */
export type SkippedEntry = { stepId: StepId; what: 'start' | 'support' };

export type PaperDrafts = {
  starts: { stepId: StepId; parentStepId?: StepId; prompt: PromptLevel }[];
  supports: { stepId: StepId; level: SupportLevel }[];
  skipped: SkippedEntry[];
};

/**
 * What a sheet adds to a day, against the day's log as it is: a step has one start, so a step
 * that has one already (from the tablet, or from this sheet entered before) keeps it, and the
 * sheet's code for it is skipped; so is its support, when an adult noted the part's support that
 * day. Support is a part's, not a mini-step's. Rows follow the sheet's order.
 */
export function paperDrafts(
  rows: readonly SheetRow[],
  entries: readonly SheetEntry[],
  dayEvents: readonly AppEvent[],
): PaperDrafts {
  const voided = voidedTargets(dayEvents);
  const live = dayEvents.filter((event) => !voided.has(event.id));
  const started = new Set(live.flatMap((event) => (event.type === 'step-started' ? [event.stepId] : [])));
  const supported = new Set(live.flatMap((event) => (event.type === 'support-noted' ? [event.stepId] : [])));
  const byStep = new Map(entries.map((entry) => [entry.stepId, entry]));
  const drafts: PaperDrafts = { starts: [], supports: [], skipped: [] };
  for (const row of rows) {
    const entry = byStep.get(row.stepId);
    if (entry?.prompt) {
      if (started.has(row.stepId)) drafts.skipped.push({ stepId: row.stepId, what: 'start' });
      else
        drafts.starts.push({
          stepId: row.stepId,
          ...(row.parentStepId ? { parentStepId: row.parentStepId } : {}),
          prompt: entry.prompt,
        });
    }
    if (entry?.support && !row.parentStepId) {
      if (supported.has(row.stepId)) drafts.skipped.push({ stepId: row.stepId, what: 'support' });
      else drafts.supports.push({ stepId: row.stepId, level: entry.support });
    }
  }
  return drafts;
}
