import { For } from 'solid-js';

/**
 * One choice among a few, as large radio buttons under a legend: every option stays visible, so
 * an adult sees at a glance what is chosen and what else there is.
 */
export function ChoiceGroup<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  labelOf: (option: T) => string;
  value: T;
  onChange: (option: T) => void;
}) {
  return (
    <fieldset class="choice-group">
      <legend>{props.legend}</legend>
      <For each={props.options}>
        {(option) => (
          <label class="choice-option">
            <input
              type="radio"
              name={props.name}
              value={option}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
            />
            <span>{props.labelOf(option)}</span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
