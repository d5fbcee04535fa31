import { createMemo, For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { listCards } from '../../../db/repos/card-reads';
import { schedulesToAskAfter, targetsOf } from '../../../db/repos/target-reads';
import { setTargetActive } from '../../../db/repos/targets';
import type { Student } from '../../../domain/people';
import type { Target } from '../../../domain/self-monitoring';
import { schoolDayOf } from '../../../domain/time';
import { t } from '../../../i18n';
import { StoredPicture } from '../../components/stored-picture';
import type { StatusSaver } from '../../components/use-save';
import { targetSummary } from './target-words';

/** A student's self-checks: what each asks, when and how it is checked; edit, stop or ask again. */
export function TargetList(props: {
  student: Student;
  onEdit: (target: Target) => void;
  saver: StatusSaver;
}) {
  const targets = useLive(
    () => props.student.id,
    (id) => targetsOf(db, id),
  );
  const cards = useLive(() => listCards(db));
  const schedules = useLive(
    () => props.student.id,
    (id) => schedulesToAskAfter(db, id, schoolDayOf(clock.now())),
  );
  const cardMap = createMemo(() => new Map((cards() ?? []).map((card) => [card.id, card])));
  const stepLabels = createMemo(
    () =>
      new Map(
        (schedules() ?? []).flatMap((schedule) =>
          schedule.items.map((item) => [item.id as string, cardMap().get(item.cardId)?.label ?? ''] as const),
        ),
      ),
  );
  const stepLabel = (stepId: string) => stepLabels().get(stepId) || t('schedules.missingCard');

  const setActive = async (target: Target, active: boolean) => {
    const key = active ? 'selfChecks.resumedStatus' : 'selfChecks.stoppedStatus';
    await props.saver.save(
      () => setTargetActive(db, adultSession(), target.id, active, clock.now()),
      t(key, { question: target.question }),
    );
  };

  return (
    <Show
      when={(targets() ?? []).length > 0}
      fallback={<p class="empty">{t('selfChecks.none', { name: props.student.name })}</p>}
    >
      <ul class="target-list">
        <For each={targets()}>
          {(target) => (
            <li class="target-item" classList={{ stopped: !target.active }}>
              <Show when={target.cardId && cardMap().get(target.cardId)?.picture}>
                {(picture) => <StoredPicture mediaId={picture().mediaId} class="target-picture-image" />}
              </Show>
              <div class="target-body">
                <p class="target-question">
                  {target.question}
                  <Show when={!target.active}>
                    {' '}
                    <span class="target-stopped">{t('selfChecks.stopped')}</span>
                  </Show>
                </p>
                <p>
                  {targetSummary(
                    target,
                    stepLabel,
                    (cardId) => cardMap().get(cardId)?.label ?? t('schedules.missingCard'),
                  )}
                </p>
                <p class="target-actions">
                  <button
                    type="button"
                    class="button"
                    aria-label={t('selfChecks.editOf', { question: target.question })}
                    onClick={() => props.onEdit(target)}
                  >
                    {t('selfChecks.edit')}
                  </button>
                  <button
                    type="button"
                    class="button"
                    aria-label={t(target.active ? 'selfChecks.stopOf' : 'selfChecks.resumeOf', {
                      question: target.question,
                    })}
                    onClick={() => void setActive(target, !target.active)}
                  >
                    {t(target.active ? 'selfChecks.stop' : 'selfChecks.resume')}
                  </button>
                </p>
              </div>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
