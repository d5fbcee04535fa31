import { createSignal, For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { updateStudentSettings } from '../../../db/repos/students';
import type { Student } from '../../../domain/people';
import {
  ACCESS_MODES,
  type AccessSettings,
  accessOf,
  DWELL_MS,
  SCAN_MS,
  SWITCH_KEYS,
  type SwitchKey,
} from '../../../domain/scanning';
import { type MessageKey, t } from '../../../i18n';
import { ChoiceGroup } from '../../components/choice-group';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';

const KEY_NAMES: Record<SwitchKey, MessageKey> = {
  ' ': 'schedules.key.space',
  Enter: 'schedules.key.Enter',
  '1': 'schedules.key.1',
  '2': 'schedules.key.2',
  ArrowRight: 'schedules.key.ArrowRight',
  ArrowLeft: 'schedules.key.ArrowLeft',
  ArrowDown: 'schedules.key.ArrowDown',
  ArrowUp: 'schedules.key.ArrowUp',
  F7: 'schedules.key.F7',
  F8: 'schedules.key.F8',
};

/** Every half second of a range the domain allows: few enough to read in a list. */
function halfSeconds(range: { min: number; max: number }): number[] {
  const choices: number[] = [];
  for (let ms = range.min; ms <= range.max; ms += 500) choices.push(ms);
  return choices;
}

const isSwitchKey = (value: string): value is SwitchKey => (SWITCH_KEYS as readonly string[]).includes(value);

/**
 * How one student works the kiosk: touch, one or two switches (a switch interface sends keys),
 * or dwell with a pointer; the scan or dwell time, the keys, and whether the highlight speaks.
 */
export function AccessPanel(props: { student: Student }) {
  const { status, setStatus, save: runSave } = useSave();
  const [draft, setDraft] = createSignal<AccessSettings>(accessOf(props.student.access));
  const change = (changes: Partial<AccessSettings>) => setDraft((current) => ({ ...current, ...changes }));
  const switches = () => draft().mode === 'one-switch' || draft().mode === 'two-switch';

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (draft().mode === 'two-switch' && draft().moveKey === draft().selectKey) {
      return setStatus({ kind: 'error', text: t('schedules.sameKeys') });
    }
    await runSave(
      async () => {
        await updateStudentSettings(db, adultSession(), props.student.id, { access: draft() }, clock.now());
      },
      t('schedules.accessSaved', { name: props.student.name }),
    );
  };

  const keyField = (id: string, label: MessageKey, value: SwitchKey, onPick: (key: SwitchKey) => void) => (
    <div class="field">
      <label for={id}>{t(label)}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const picked = event.currentTarget.value;
          if (isSwitchKey(picked)) onPick(picked);
        }}
      >
        <For each={SWITCH_KEYS}>{(key) => <option value={key}>{t(KEY_NAMES[key])}</option>}</For>
      </select>
    </div>
  );

  const secondsField = (
    id: string,
    label: MessageKey,
    range: { min: number; max: number },
    value: number,
    onPick: (ms: number) => void,
  ) => (
    <div class="field">
      <label for={id}>{t(label)}</label>
      <select id={id} value={value} onChange={(event) => onPick(Number(event.currentTarget.value))}>
        <For each={halfSeconds(range)}>
          {(ms) => <option value={ms}>{t('schedules.seconds', { count: ms / 1000 })}</option>}
        </For>
      </select>
    </div>
  );

  return (
    <section class="panel" aria-labelledby="access-title">
      <h2 id="access-title">{t('schedules.accessTitle', { name: props.student.name })}</h2>
      <p class="hint">{t('schedules.accessIntro', { name: props.student.name })}</p>
      <form onSubmit={save}>
        <ChoiceGroup
          legend={t('schedules.accessMode')}
          name="access-mode"
          options={ACCESS_MODES}
          labelOf={(mode) => t(`schedules.accessMode.${mode}`)}
          value={draft().mode}
          onChange={(mode) => change({ mode })}
        />
        <Show when={draft().mode === 'one-switch'}>
          {secondsField('access-scan', 'schedules.scanSeconds', SCAN_MS, draft().scanMs, (scanMs) =>
            change({ scanMs }),
          )}
        </Show>
        <Show when={draft().mode === 'dwell'}>
          {secondsField('access-dwell', 'schedules.dwellSeconds', DWELL_MS, draft().dwellMs, (dwellMs) =>
            change({ dwellMs }),
          )}
        </Show>
        <Show when={switches()}>
          {keyField('access-move-key', 'schedules.moveKey', draft().moveKey, (moveKey) =>
            change({ moveKey }),
          )}
          {keyField('access-select-key', 'schedules.selectKey', draft().selectKey, (selectKey) =>
            change({ selectKey }),
          )}
        </Show>
        <Show when={draft().mode !== 'touch'}>
          <label class="check-row">
            <input
              type="checkbox"
              checked={draft().speakHighlight}
              onChange={(event) => change({ speakHighlight: event.currentTarget.checked })}
            />
            {t('schedules.speakHighlight')}
          </label>
        </Show>
        <div class="save-row">
          <button type="submit" class="button primary">
            {t('schedules.accessSave')}
          </button>
        </div>
      </form>
      <StatusLine status={status()} />
    </section>
  );
}
