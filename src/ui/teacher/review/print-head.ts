import { createEffect, onCleanup } from 'solid-js';

/** A text as a CSS string: quotes and backslashes escaped, line breaks as spaces. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/\s+/g, ' ')}"`;

/**
 * While a report is on screen: the document's title names it (Save as PDF suggests it as the
 * file's name), and every printed page carries the student's name, the period and its number in
 * the page's margins. The margins' words change with the report, so they live in a style sheet
 * made here (the CSP allows style sheets made in script, not inline style).
 */
export function usePrintHead(head: () => { title: string; left: string; right: string }): void {
  const sheet = new CSSStyleSheet();
  const previousTitle = document.title;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  createEffect(() => {
    const { title, left, right } = head();
    document.title = title;
    sheet.replaceSync(
      `@page { @top-left { content: ${cssString(left)}; font-size: 8pt; }` +
        ` @top-right { content: ${cssString(right)}; font-size: 8pt; }` +
        ' @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }',
    );
  });
  onCleanup(() => {
    document.title = previousTitle;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  });
}
