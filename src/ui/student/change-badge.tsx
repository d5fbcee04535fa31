import { useKioskText } from './kiosk-text';

/** Marks a change card with a symbol and words, never by colour alone. */
export function ChangeBadge() {
  const text = useKioskText();
  return (
    <span class="change-badge">
      <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
        <path
          fill="currentColor"
          d="M12 2 1 21h22L12 2Zm0 5.5 7.5 12h-15L12 7.5ZM11 11v4h2v-4h-2Zm0 5v2h2v-2h-2Z"
        />
      </svg>
      {text('kiosk.change')}
    </span>
  );
}
