import { For } from 'solid-js';
import { PIN_INPUT_PATTERN, PIN_MAX_DIGITS } from '../../domain/people';
import { t } from '../../i18n';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

/**
 * A PIN field with large digit buttons for one-handed use on a tablet; the field itself takes a
 * keyboard and a screen reader as usual.
 */
export function PinPad(props: { id: string; label: string; value: string; onInput: (pin: string) => void }) {
  const append = (digit: string) => {
    if (props.value.length < PIN_MAX_DIGITS) props.onInput(props.value + digit);
  };
  return (
    <div class="pin-pad">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="password"
        inputmode="numeric"
        autocomplete="off"
        pattern={PIN_INPUT_PATTERN}
        maxlength={PIN_MAX_DIGITS}
        required
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value.replace(/\D/g, ''))}
      />
      <div class="pin-keys">
        <For each={DIGITS}>
          {(digit) => (
            <button type="button" class="pin-key" onClick={() => append(digit)}>
              {digit}
            </button>
          )}
        </For>
        <button
          type="button"
          class="pin-key"
          aria-label={t('gate.delete')}
          onClick={() => props.onInput(props.value.slice(0, -1))}
        >
          ⌫
        </button>
        <button type="button" class="pin-key" onClick={() => props.onInput('')}>
          {t('gate.clear')}
        </button>
      </div>
    </div>
  );
}
