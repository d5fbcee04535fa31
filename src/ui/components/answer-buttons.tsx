import './answer-buttons.css';
import { For, Match, Switch } from 'solid-js';
import { SELF_CHECK_LEVELS, type SelfCheckAnswer } from '../../domain/events';
import type { AnswerKind } from '../../domain/self-monitoring';
import type { MessageKey } from '../../i18n';

const LEVEL_WORDS: Record<(typeof SELF_CHECK_LEVELS)[number], MessageKey> = {
  1: 'kioskSelfCheck.level1',
  2: 'kioskSelfCheck.level2',
  3: 'kioskSelfCheck.level3',
  4: 'kioskSelfCheck.level4',
  5: 'kioskSelfCheck.level5',
};

type Text = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The words of an answer: "Yes", or "4: Most of the time". */
export function answerWords(answer: SelfCheckAnswer, text: Text): string {
  if (answer === 'yes') return text('kioskSelfCheck.yes');
  if (answer === 'no') return text('kioskSelfCheck.no');
  return text('kioskSelfCheck.level', { level: answer, words: text(LEVEL_WORDS[answer]) });
}

/**
 * The answers to a self-check, large: Yes and No each with its own shape (a tick in a circle, a
 * cross in a square) as well as its word, or five levels, each with its number and words, rising
 * in height, so none depends on colour. Used by the student's kiosk and by an adult's check.
 */
export function AnswerButtons(props: {
  kind: AnswerKind;
  text: Text;
  disabled?: boolean;
  size: 'large' | 'small';
  onAnswer: (answer: SelfCheckAnswer) => void;
}) {
  return (
    <div class={`answer-buttons ${props.size}`}>
      <Switch>
        <Match when={props.kind === 'yes-no'}>
          <button
            type="button"
            class="answer yes"
            disabled={props.disabled}
            onClick={() => props.onAnswer('yes')}
          >
            <svg viewBox="0 0 48 48" aria-hidden="true">
              <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="4" />
              <path d="M13 25l7 7 15-16" fill="none" stroke="currentColor" stroke-width="5" />
            </svg>
            <span>{props.text('kioskSelfCheck.yes')}</span>
          </button>
          <button
            type="button"
            class="answer no"
            disabled={props.disabled}
            onClick={() => props.onAnswer('no')}
          >
            <svg viewBox="0 0 48 48" aria-hidden="true">
              <rect
                x="3"
                y="3"
                width="42"
                height="42"
                rx="6"
                fill="none"
                stroke="currentColor"
                stroke-width="4"
              />
              <path d="M15 15l18 18M33 15L15 33" fill="none" stroke="currentColor" stroke-width="5" />
            </svg>
            <span>{props.text('kioskSelfCheck.no')}</span>
          </button>
        </Match>
        <Match when={props.kind === 'scale'}>
          <For each={SELF_CHECK_LEVELS}>
            {(level) => (
              <button
                type="button"
                class={`answer level level-${level}`}
                aria-label={answerWords(level, props.text)}
                disabled={props.disabled}
                onClick={() => props.onAnswer(level)}
              >
                <span class="level-bar" aria-hidden="true" />
                <span class="level-number">{level}</span>
                <span class="level-words">{props.text(LEVEL_WORDS[level])}</span>
              </button>
            )}
          </For>
        </Match>
      </Switch>
    </div>
  );
}
