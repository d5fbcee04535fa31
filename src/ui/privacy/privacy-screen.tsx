import '../../i18n/adult';
import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { type MessageKey, t } from '../../i18n';

type Section = { id: string; title: MessageKey; paragraphs: MessageKey[] };

const SECTIONS: readonly Section[] = [
  { id: 'privacy-what', title: 'privacy.whatTitle', paragraphs: ['privacy.what', 'privacy.pins'] },
  { id: 'privacy-where', title: 'privacy.whereTitle', paragraphs: ['privacy.where', 'privacy.device'] },
  {
    id: 'privacy-who',
    title: 'privacy.whoTitle',
    paragraphs: ['privacy.whoStudent', 'privacy.whoPara', 'privacy.whoTeacher'],
  },
  { id: 'privacy-files', title: 'privacy.filesTitle', paragraphs: ['privacy.files'] },
  { id: 'privacy-backup', title: 'privacy.backupTitle', paragraphs: ['privacy.backup'] },
  {
    id: 'privacy-delete-student',
    title: 'privacy.deleteStudentTitle',
    paragraphs: ['privacy.deleteStudent'],
  },
  { id: 'privacy-wipe', title: 'privacy.wipeTitle', paragraphs: ['privacy.wipe'] },
];

/** What the app keeps, where, who can see it, and how to back it up or delete it. Shows no data. */
export function PrivacyScreen() {
  return (
    <article class="privacy">
      <h1>{t('privacy.title')}</h1>
      <p>{t('privacy.intro')}</p>
      <For each={SECTIONS}>
        {(section) => (
          <section class="panel" aria-labelledby={section.id}>
            <h2 id={section.id}>{t(section.title)}</h2>
            <For each={section.paragraphs}>{(paragraph) => <p>{t(paragraph)}</p>}</For>
          </section>
        )}
      </For>
    </article>
  );
}

/** The same page outside the adult area, so it can be read before setup or without a PIN. */
export function PrivacyPage() {
  return (
    <main class="screen adult-screen">
      <PrivacyScreen />
      <A href="/" class="button">
        {t('privacy.back')}
      </A>
    </main>
  );
}
