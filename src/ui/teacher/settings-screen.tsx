import { For } from 'solid-js';
import { clock } from '../../app/clock';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { changeSetting, classroomLocaleOf, readSetting } from '../../db/repos/settings';
import { listStudents } from '../../db/repos/student-reads';
import { LOCALES, type Locale } from '../../domain/people';
import { locale, t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';
import { ClassroomSync } from './classroom-sync';
import { PromptLevelsPanel } from './plans/prompt-levels-panel';
import { StorageStatus } from './storage-status';
import { TabletSafety } from './tablet-safety';

const SHARED = 'shared';

export function SettingsScreen() {
  const students = useLive(() => listStudents(db));
  const tabletStudentId = useLive(() => readSetting(db, 'kioskStudentId'));
  const { status, save: runSave } = useSave();
  const save = (change: () => Promise<void>) => runSave(change, t('settings.saved'));

  const chooseKioskStudent = (value: string) => {
    const student = students()?.find((candidate) => candidate.id === value);
    return save(() => changeSetting(db, adultSession(), 'kioskStudentId', student?.id ?? null));
  };
  const classroomLocale = useLive(() => classroomLocaleOf(db));
  const chooseClassroomLocale = (value: string) => {
    const chosen = LOCALES.find((candidate) => candidate === value);
    if (chosen)
      void runSave(
        () => changeSetting(db, adultSession(), 'classroomLocale', chosen, clock.now()),
        t('languages.classroomSaved', { language: t(`languages.name.${chosen}`) }),
      );
  };
  const chooseLocale = (value: string) => {
    const chosen = LOCALES.find((candidate) => candidate === value);
    if (chosen) void save(() => changeSetting(db, adultSession(), 'adultLocale', chosen));
  };

  return (
    <>
      <h1>{t('settings.title')}</h1>
      <StorageStatus />
      <section class="panel" aria-labelledby="kiosk-setting-title">
        <h2 id="kiosk-setting-title">{t('settings.kiosk')}</h2>
        <label for="kiosk-student" class="visually-hidden">
          {t('settings.kiosk')}
        </label>
        <select
          id="kiosk-student"
          value={tabletStudentId() ?? SHARED}
          onChange={(e) => void chooseKioskStudent(e.currentTarget.value)}
        >
          <option value={SHARED}>{t('settings.kioskShared')}</option>
          <For each={students()}>
            {(student) => (
              <option value={student.id}>{t('settings.kioskOne', { name: student.name })}</option>
            )}
          </For>
        </select>
      </section>
      <section class="panel" aria-labelledby="language-title">
        <h2 id="language-title">{t('settings.language')}</h2>
        <label for="adult-language" class="visually-hidden">
          {t('settings.language')}
        </label>
        <select id="adult-language" value={locale()} onChange={(e) => chooseLocale(e.currentTarget.value)}>
          <For each={LOCALES}>{(code: Locale) => <option value={code}>{t(`language.${code}`)}</option>}</For>
        </select>
      </section>
      <section class="panel" aria-labelledby="classroom-language-title">
        <h2 id="classroom-language-title">{t('languages.classroom')}</h2>
        <p class="hint" id="classroom-language-hint">
          {t('languages.classroomHint')}
        </p>
        <label for="classroom-language" class="visually-hidden">
          {t('languages.classroom')}
        </label>
        <select
          id="classroom-language"
          aria-describedby="classroom-language-hint"
          value={classroomLocale() ?? ''}
          onChange={(e) => chooseClassroomLocale(e.currentTarget.value)}
        >
          <For each={LOCALES}>{(code: Locale) => <option value={code}>{t(`language.${code}`)}</option>}</For>
        </select>
      </section>
      <StatusLine status={status()} />
      <PromptLevelsPanel />
      <ClassroomSync />
      <TabletSafety />
    </>
  );
}
