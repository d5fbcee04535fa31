import { For } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { updateStudentSettings } from '../../../db/repos/students';
import { LOCALES, type Locale, type Student } from '../../../domain/people';
import {
  DEFAULT_PRESENTATION,
  LAYOUTS,
  type Layout,
  PICTURE_STYLES,
  type PictureStyle,
  type Presentation,
} from '../../../domain/presentation';
import { type MessageKey, t } from '../../../i18n';
import { ChoiceGroup } from '../../components/choice-group';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';

const STYLE_NAMES: Record<PictureStyle, MessageKey> = {
  photo: 'schedules.style.photo',
  symbol: 'schedules.style.symbol',
  'symbol-word': 'schedules.style.symbol-word',
  word: 'schedules.style.word',
};

const LAYOUT_NAMES: Record<Layout, MessageKey> = {
  list: 'schedules.layout.list',
  strip: 'schedules.layout.strip',
  'first-then': 'schedules.layout.first-then',
  'now-next': 'schedules.layout.now-next',
};

/**
 * How one student sees their day: pictures or words, how much of the day at once, and the
 * language of their screen. Each choice is saved at once and the kiosk follows it.
 */
export function PresentationPanel(props: { student: Student }) {
  const { status, save: runSave } = useSave();
  const presentation = () => props.student.presentation ?? DEFAULT_PRESENTATION;

  const save = async (changes: { presentation?: Presentation; locale?: Locale; familyLocale?: Locale }) => {
    await runSave(
      async () => {
        await updateStudentSettings(db, adultSession(), props.student.id, changes, clock.now());
      },
      t('schedules.presentationSaved', { name: props.student.name }),
    );
  };

  return (
    <section class="panel" aria-labelledby="presentation-title">
      <h2 id="presentation-title">{t('schedules.presentationTitle', { name: props.student.name })}</h2>
      <ChoiceGroup
        legend={t('schedules.pictureStyle')}
        name="picture-style"
        options={PICTURE_STYLES}
        labelOf={(style) => t(STYLE_NAMES[style])}
        value={presentation().pictureStyle}
        onChange={(pictureStyle) => void save({ presentation: { ...presentation(), pictureStyle } })}
      />
      <p class="hint">{t('schedules.pictureStyleHint')}</p>
      <ChoiceGroup
        legend={t('schedules.layout')}
        name="layout"
        options={LAYOUTS}
        labelOf={(layout) => t(LAYOUT_NAMES[layout])}
        value={presentation().layout}
        onChange={(layout) => void save({ presentation: { ...presentation(), layout } })}
      />
      <div class="field">
        <label for="student-language">{t('schedules.studentLanguage')}</label>
        <select
          id="student-language"
          value={props.student.locale}
          onChange={(event) => {
            const chosen = LOCALES.find((code) => code === event.currentTarget.value);
            if (chosen) void save({ locale: chosen });
          }}
        >
          <For each={LOCALES}>{(code) => <option value={code}>{t(`language.${code}`)}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for="family-language">{t('schedules.familyLanguage')}</label>
        <select
          id="family-language"
          value={props.student.familyLocale ?? props.student.locale}
          onChange={(event) => {
            const chosen = LOCALES.find((code) => code === event.currentTarget.value);
            if (chosen) void save({ familyLocale: chosen });
          }}
        >
          <For each={LOCALES}>{(code) => <option value={code}>{t(`language.${code}`)}</option>}</For>
        </select>
      </div>
      <StatusLine status={status()} />
    </section>
  );
}
