import { Show } from 'solid-js';
import { closedForNewerVersion } from '../../db/instance';
import type { MessageKey } from '../../i18n';

/**
 * Shown once another tab or a new version of the app took the database over: this page's code
 * is out of date and saves nothing more, so an adult reloads it. Nothing saved before is lost.
 */
export function ReloadNotice(props: { text: (key: MessageKey) => string; class: string }) {
  return (
    <Show when={closedForNewerVersion()}>
      <section class={props.class} role="status">
        <p>{props.text('app.updatedElsewhere')}</p>
        <button type="button" class="button primary" onClick={() => location.reload()}>
          {props.text('app.errorReload')}
        </button>
      </section>
    </Show>
  );
}
