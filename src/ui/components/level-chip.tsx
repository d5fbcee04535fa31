import { type ScaleLevelPlan, SWATCH_INK, SWATCHES } from '../../domain/scales';

/**
 * A level of a five-point scale as adults see it in lists: its number on its colour, and its word.
 * Number and word carry the meaning; the colour only repeats it.
 */
export function LevelChip(props: { level: Pick<ScaleLevelPlan, 'level' | 'colour' | 'label'> }) {
  return (
    <span class="level-chip">
      <span
        class="level-chip-number"
        style={{ background: SWATCHES[props.level.colour], color: SWATCH_INK }}
        aria-hidden="true"
      >
        {props.level.level}
      </span>
      <span class="visually-hidden">{props.level.level}:</span>
      <span>{props.level.label}</span>
    </span>
  );
}
