import { For, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { cardsByIds } from '../../db/repos/card-reads';
import { acknowledgePlanChanges } from '../../db/repos/para-records';
import { planChangesToAcknowledge } from '../../db/repos/plan-changes';
import type { PromptLevel } from '../../domain/events';
import type { StudentId } from '../../domain/ids';
import { cardsOfChange } from '../../domain/plan-changes';
import { t } from '../../i18n';
import { changeWords } from '../components/plan-words';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

/**
 * What the teacher changed in this student's plans since this adult last said they read it: first
 * on the para bar, in plain words, with one tap to acknowledge. The tap names the changes shown, so
 * a change that arrives from another tablet meanwhile is still shown afterwards.
 */
export function PlanChangesNotice(props: { studentId: StudentId; nameOf: (level: PromptLevel) => string }) {
  const changes = useLive(
    () => props.studentId,
    (id) => planChangesToAcknowledge(db, adultSession(), id),
  );
  const cards = useLive(
    () => changes() ?? [],
    (list) =>
      cardsByIds(
        db,
        list.flatMap((recorded) => cardsOfChange(recorded.change)),
      ),
  );
  const { busy, status, save } = useSave();
  const acknowledge = (shown: readonly { id: string }[]) =>
    void save(
      () =>
        acknowledgePlanChanges(
          db,
          adultSession(),
          props.studentId,
          shown.map((recorded) => recorded.id),
          clock.now(),
        ),
      t('paraBar.changesSeen'),
    );

  return (
    <>
      <Show when={(changes() ?? []).length > 0 && changes()}>
        {(shown) => (
          <section class="plan-changes" aria-labelledby="plan-changes-title">
            <h3 id="plan-changes-title">{t('paraBar.changesTitle', { count: shown().length })}</h3>
            <ul class="plan-change-list" tabindex="0">
              <For each={shown()}>
                {(recorded) => (
                  <li>
                    {changeWords(
                      recorded.change,
                      (cardId) => cards()?.get(cardId)?.label ?? '',
                      props.nameOf,
                    )}
                  </li>
                )}
              </For>
            </ul>
            <button
              type="button"
              class="button primary"
              disabled={busy()}
              onClick={() => acknowledge(shown())}
            >
              {t('paraBar.changesAcknowledge')}
            </button>
          </section>
        )}
      </Show>
      <StatusLine status={status()} />
    </>
  );
}
