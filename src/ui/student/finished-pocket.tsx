import { useKioskText } from './kiosk-text';

/** How many steps are done, for the layouts that show one or two steps at a time. */
export function FinishedPocket(props: { count: number }) {
  const text = useKioskText();
  return (
    <p class="finished-pocket">
      <span aria-hidden="true">✓</span> {text('kiosk.finishedCount', { count: props.count })}
    </p>
  );
}
