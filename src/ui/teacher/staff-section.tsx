import { createSignal, For, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { addStaff, listStaff } from '../../db/repos/staff';
import { type AdultSession, NAME_MAX_LENGTH, PIN_INPUT_PATTERN, PIN_MAX_DIGITS } from '../../domain/people';
import { t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

export function StaffSection(props: { session: AdultSession }) {
  const staff = useLive(() => listStaff(db));
  const [name, setName] = createSignal('');
  const [pin, setPin] = createSignal('');
  const { busy: working, status, save: runSave } = useSave();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const para = await runSave(
      () => addStaff(db, props.session, { name: name(), role: 'para', pin: pin() }, clock.now()),
      (added) => t('teacher.paraAdded', { name: added.name }),
    );
    if (!para) return;
    setName('');
    setPin('');
  };

  return (
    <section class="panel" aria-labelledby="staff-title">
      <h2 id="staff-title">{t('teacher.staff')}</h2>
      <ul class="plain-list">
        <For each={staff()}>
          {(member) => (
            <li>
              {member.name} · {t(`role.${member.role}`)}
            </li>
          )}
        </For>
      </ul>
      <Show when={(staff() ?? []).length === 1}>
        <p class="empty">{t('teacher.onlyYou')}</p>
      </Show>
      <form class="form" onSubmit={submit}>
        <h3>{t('teacher.addPara')}</h3>
        <label for="para-name">{t('teacher.paraName')}</label>
        <input
          id="para-name"
          required
          maxlength={NAME_MAX_LENGTH}
          value={name()}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <label for="para-pin">{t('teacher.paraPin')}</label>
        <input
          id="para-pin"
          type="password"
          inputmode="numeric"
          autocomplete="new-password"
          pattern={PIN_INPUT_PATTERN}
          maxlength={PIN_MAX_DIGITS}
          required
          value={pin()}
          onInput={(e) => setPin(e.currentTarget.value)}
        />
        <button type="submit" class="button primary" disabled={working()}>
          {t('teacher.addPara')}
        </button>
      </form>
      <StatusLine status={status()} />
    </section>
  );
}
