import { Show } from 'solid-js';

export type Status = { kind: 'done' | 'error'; text: string } | undefined;

/** Feedback after an action, read out by screen readers: errors interrupt, confirmations wait. */
export function StatusLine(props: { status: Status }) {
  return (
    <Show when={props.status}>
      {(status) => (
        <p class={`status ${status().kind}`} role={status().kind === 'error' ? 'alert' : 'status'}>
          {status().text}
        </p>
      )}
    </Show>
  );
}
