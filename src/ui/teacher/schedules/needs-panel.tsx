import { createSignal, For } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { updateStudentSettings } from '../../../db/repos/students';
import { NEEDS, type Need } from '../../../domain/needs';
import type { Student } from '../../../domain/people';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';

/** Which items the start-of-day needs check-in asks about for one student; none to begin with. */
export function NeedsPanel(props: { student: Student }) {
  const [chosen, setChosen] = createSignal<Need[]>(props.student.needsCheckIn ?? []);
  const { status, save } = useSave();
  const toggle = (need: Need, on: boolean) =>
    setChosen(NEEDS.filter((each) => (each === need ? on : chosen().includes(each))));
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    await save(
      async () => {
        await updateStudentSettings(
          db,
          adultSession(),
          props.student.id,
          { needsCheckIn: chosen() },
          clock.now(),
        );
      },
      t('needs.settingsSaved', { name: props.student.name }),
    );
  };
  return (
    <section class="panel" aria-labelledby="needs-settings-title">
      <h2 id="needs-settings-title">{t('needs.settingsTitle', { name: props.student.name })}</h2>
      <p class="hint">{t('needs.settingsHint')}</p>
      <form class="form" onSubmit={submit}>
        <fieldset class="copy-mode">
          <legend>{t('needs.settingsAsk')}</legend>
          <For each={NEEDS}>
            {(need) => (
              <label>
                <input
                  type="checkbox"
                  checked={chosen().includes(need)}
                  onChange={(event) => toggle(need, event.currentTarget.checked)}
                />
                {t(`needs.item.${need}`)}
              </label>
            )}
          </For>
        </fieldset>
        <button type="submit" class="button primary">
          {t('needs.settingsSave')}
        </button>
      </form>
      <StatusLine status={status()} />
    </section>
  );
}
