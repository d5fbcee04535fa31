import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { locale, t } from '../../i18n';

const SYMBOLS_SOURCE = 'https://github.com/microsoft/fluentui-emoji';

// The licence of the symbol set, word for word as Microsoft publishes it with fluentui-emoji. It is
// legal text, not an app message, so it is shown in English whatever the adult's language.
const FLUENT_EMOJI_LICENSE = `MIT License

Copyright (c) Microsoft Corporation.

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.`;

// Shown as paragraphs that wrap to the screen, so no line runs off a tablet held upright.
const LICENSE_PARAGRAPHS = FLUENT_EMOJI_LICENSE.split('\n\n').map((paragraph) =>
  paragraph.replace(/\n/g, ' '),
);

/** What the app is, and the credit and licence of the symbols it ships. */
export function AboutScreen() {
  return (
    <article class="about">
      <h1>{t('about.title')}</h1>
      <p>{t('about.what')}</p>
      <p>{t('about.private')}</p>
      <p>
        <A href="/adult/privacy">{t('privacy.link')}</A>
      </p>
      <section class="panel" aria-labelledby="about-credits-title">
        <h2 id="about-credits-title">{t('about.credits')}</h2>
        <p>{t('about.symbolsCredit')}</p>
        <p>{t('about.symbolsSource', { url: SYMBOLS_SOURCE })}</p>
        <h3>{t('about.licenceTitle')}</h3>
        <Show when={locale() !== 'en'}>
          <p class="hint">{t('about.licenceLanguage')}</p>
        </Show>
        <div lang="en">
          <For each={LICENSE_PARAGRAPHS}>{(paragraph) => <p>{paragraph}</p>}</For>
        </div>
      </section>
    </article>
  );
}
