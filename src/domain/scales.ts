// The five-point scale ("The Incredible 5-Point Scale", Buron and Curtis): a student rates a state
// from 1 to 5. Each level has a colour, a word and a number (and may have a picture), what it looks
// and feels like, what the student can try, and the response every adult gives at that level.
// The kiosk's first load records ratings, so the levels themselves live in events.ts with them;
// everything else here loads only with the scale.
import { SCALE_LEVELS, type ScaleLevel } from './events';
import type { CardId, ScaleId } from './ids';
import type { InLanguages, Recording } from './languages';

/** The colours a level can have: each with the text colour that reads on it. */
export const SCALE_COLOURS = ['blue', 'green', 'yellow', 'orange', 'red', 'purple', 'pink', 'grey'] as const;
export type ScaleColour = (typeof SCALE_COLOURS)[number];

/** The text colour on every swatch: the app's ink. */
export const SWATCH_INK = '#1b2330';

/** Light fills, so the dark ink on them reads well above WCAG AA (a unit test checks each one). */
export const SWATCHES: Record<ScaleColour, string> = {
  blue: '#8cc4f2',
  green: '#8fd19e',
  yellow: '#f7dc5c',
  orange: '#f9ab66',
  red: '#f28b82',
  purple: '#c9b1ec',
  pink: '#f6b3d4',
  grey: '#cfd4da',
};

/** The usual colours of the scale, calm to most upset. */
export const DEFAULT_COLOURS: Record<ScaleLevel, ScaleColour> = {
  1: 'blue',
  2: 'green',
  3: 'yellow',
  4: 'orange',
  5: 'red',
};

export const SCALE_NAME_MAX_LENGTH = 60;
export const LEVEL_LABEL_MAX_LENGTH = 40;
export const LEVEL_TEXT_MAX_LENGTH = 300;
/** "I can try" cards per level: a few strategies the student can take in at a glance. */
export const MAX_STRATEGIES = 6;

export type ScaleLevelPlan = {
  level: ScaleLevel;
  colour: ScaleColour;
  /** A short word the student knows the level by ("Calm", "Upset"); different on every level. */
  label: string;
  /** A card whose picture shows the level. */
  cardId?: CardId;
  looksLike: string;
  feelsLike?: string;
  /** "I can try": cards of what the student can do at this level, each said when tapped. */
  strategies: CardId[];
  /** What every adult does when the student is at this level. */
  staffResponse: string;
  /** The teacher saying the level, played instead of the device's voice. */
  recording?: Recording;
  /** The level's word (and recording) in the classroom's other languages: what the student sees of it. */
  inLanguages?: InLanguages<LevelWordsIn>;
};

/** A level as a student in another language gets it: its word and the teacher's recording of it. */
export type LevelWordsIn = { label: string; recording?: Recording };

export type FivePointScale = {
  id: ScaleId;
  name: string;
  /** Exactly five, levels 1 to 5 in order. */
  levels: ScaleLevelPlan[];
  /** The scale's name in the classroom's other languages. */
  inLanguages?: InLanguages<{ name: string }>;
  createdAt: number;
  updatedAt: number;
};

/**
 * Which scale a student rates with, whether they check in with it as the day starts, and the
 * levels whose rating alerts the adult beside them (absent: 4 and 5, see distress.ts).
 */
export type ScaleAssignment = { scaleId: ScaleId; checkInAtStart: boolean; alertLevels?: ScaleLevel[] };

/** What a teacher sends to save a scale: the scale without its identity. */
export type ScaleDraft = Pick<FivePointScale, 'name' | 'levels' | 'inLanguages'>;

/** The starting points a teacher can pick from; their words live in i18n, in each language. */
export const SCALE_TEMPLATES = ['feelings', 'voice', 'body'] as const;
export type ScaleTemplate = (typeof SCALE_TEMPLATES)[number];

export type LevelWords = Pick<ScaleLevelPlan, 'label' | 'looksLike' | 'feelsLike' | 'staffResponse'>;

/**
 * A new scale with the usual colours: from a template's words, or from scratch with empty words
 * for the teacher to write. Strategies and pictures are the teacher's own cards, added after.
 */
export function scaleDraft(name: string, wordsOf: (level: ScaleLevel) => LevelWords): ScaleDraft {
  return {
    name,
    levels: SCALE_LEVELS.map((level) => {
      const { feelsLike, ...words } = wordsOf(level);
      return {
        level,
        colour: DEFAULT_COLOURS[level],
        ...words,
        ...(feelsLike ? { feelsLike } : {}),
        strategies: [],
      };
    }),
  };
}

/** The level of a scale, if the scale has it. */
export function levelOf(scale: Pick<FivePointScale, 'levels'>, level: number): ScaleLevelPlan | undefined {
  return scale.levels.find((plan) => plan.level === level);
}

/** Whether the labels tell every level apart (ignoring case and spaces), as numbers do. */
export function labelsDiffer(levels: readonly Pick<ScaleLevelPlan, 'label'>[]): boolean {
  const words = levels.map((level) => level.label.trim().toLocaleLowerCase());
  return new Set(words).size === words.length;
}

/** Relative luminance of a #rrggbb colour (WCAG 2). */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((value) =>
    value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two #rrggbb colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** WCAG AA for text of normal size. */
export const MIN_TEXT_CONTRAST = 4.5;
