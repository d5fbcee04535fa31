import type { JSX } from 'solid-js';
import type { Locale } from '../domain/people';
import { PartLocaleContext } from './index';

/**
 * Shows a part of the screen in another language than the adult's: every `t` and formatter under
 * it reads this language, so the same components and words serve both without a copy.
 */
export function LocalePart(props: { language: Locale; children: JSX.Element }) {
  return (
    <PartLocaleContext.Provider value={() => props.language}>{props.children}</PartLocaleContext.Provider>
  );
}
