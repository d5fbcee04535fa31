import './plans.css';
import { createSignal, For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { listCards } from '../../../db/repos/card-reads';
import { removePlan, reviewPlans } from '../../../db/repos/plans';
import type { FadingPlan } from '../../../domain/fading';
import type { Student } from '../../../domain/people';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';
import { usePromptLevels } from '../../para/prompt-names';
import { PlanCard } from './plan-card';
import { PlanChangeReaders } from './plan-change-readers';
import { PlanForm } from './plan-form';

/**
 * The teacher's independence plan for one student (under Schedules): per activity, the help the
 * adults give now, the criterion for fading, the next step, and the days so far.
 */
export function PlansPanel(props: { student: Student }) {
  // A fresh panel for each student, so one student's draft never carries over to the next.
  return (
    <Show when={props.student.id} keyed>
      <StudentPlans student={props.student} />
    </Show>
  );
}

function StudentPlans(props: { student: Student }) {
  const reviews = useLive(() => reviewPlans(db, adultSession(), props.student.id));
  const cards = useLive(() => listCards(db));
  const levels = usePromptLevels();
  const [cardId, setCardId] = createSignal('');
  const { status, setStatus, save: runSave } = useSave();
  const label = (id: string) => cards()?.find((card) => card.id === id)?.label ?? '';
  const name = () => props.student.name;

  const remove = async (plan: FadingPlan) => {
    await runSave(
      async () => {
        await removePlan(db, adultSession(), plan.id, clock.now());
      },
      t('plans.removed', { label: label(plan.cardId) }),
    );
  };

  return (
    <section class="panel" aria-labelledby="plans-title">
      <h2 id="plans-title">{t('plans.title', { name: name() })}</h2>
      <p class="hint">{t('plans.intro')}</p>
      <Show
        when={(reviews() ?? []).length > 0}
        fallback={<p class="empty">{t('plans.none', { name: name() })}</p>}
      >
        <ul class="plan-list">
          <For each={reviews()}>
            {(review) => (
              <PlanCard
                review={review}
                studentName={name()}
                label={label(review.plan.cardId)}
                nameOf={levels.nameOf}
                onEdit={() => {
                  setCardId(review.plan.cardId);
                  document.getElementById('plan-activity')?.focus();
                }}
                onRemove={() => void remove(review.plan)}
                saver={{ save: runSave, setStatus }}
              />
            )}
          </For>
        </ul>
      </Show>
      <StatusLine status={status()} />
      <PlanChangeReaders studentId={props.student.id} labelOf={label} nameOf={levels.nameOf} />
      <Show when={(cards() ?? []).length > 0} fallback={<p class="empty">{t('plans.noCards')}</p>}>
        <PlanForm
          student={props.student}
          cards={cards() ?? []}
          plans={(reviews() ?? []).map((review) => review.plan)}
          cardId={cardId()}
          onCardChange={setCardId}
          nameOf={levels.nameOf}
        />
      </Show>
    </section>
  );
}
