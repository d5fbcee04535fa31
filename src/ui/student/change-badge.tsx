import { useKioskText } from './kiosk-text';

/**
 * Marks a change card with a symbol and words, never by colour alone. Calm on purpose: two arrows
 * trading places, soft blue, no warning sign, for students whom a change already unsettles.
 */
export function ChangeBadge() {
  const text = useKioskText();
  return (
    <span class="change-badge">
      <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
        <path
          fill="currentColor"
          d="M6.99 11 3 15l3.99 4v-3H14v-2H6.99v-3ZM21 9l-3.99-4v3H10v2h7.01v3L21 9Z"
        />
      </svg>
      {text('kiosk.change')}
    </span>
  );
}
