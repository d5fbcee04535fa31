import { createEffect, createSignal, on, Show } from 'solid-js';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { saveReviewPlan } from '../../../db/repos/review';
import type { Student } from '../../../domain/people';
import { MAX_DAYS, MAX_PERCENT, MIN_DAYS, MIN_PERCENT } from '../../../domain/plan-stage';
import { DEFAULT_MASTERY } from '../../../domain/review/mastery';
import { type ReviewPlan, trialTooLong } from '../../../domain/review/plan';
import type { SchoolDay } from '../../../domain/time';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';

type Fields = {
  baselineFrom: string;
  baselineTo: string;
  trialFrom: string;
  trialTo: string;
  aim: string;
  goalDay: string;
  masteryPercent: string;
  masteryDays: string;
};

const fieldsOf = (plan: ReviewPlan): Fields => ({
  baselineFrom: plan.baseline?.from ?? '',
  baselineTo: plan.baseline?.to ?? '',
  trialFrom: plan.trial?.from ?? '',
  trialTo: plan.trial?.to ?? '',
  aim: plan.aimPercent ? String(plan.aimPercent) : '',
  goalDay: plan.goalDay ?? '',
  masteryPercent: String(plan.mastery?.percent ?? DEFAULT_MASTERY.percent),
  masteryDays: String(plan.mastery?.days ?? DEFAULT_MASTERY.days),
});

/** A range from two date fields; half a range is sent as it is, so the repository refuses it in words. */
const rangeOf = (from: string, to: string) =>
  from || to ? { from: from as SchoolDay, to: to as SchoolDay } : undefined;

/** The student's baseline and trial dates and the aim the figures are read against. */
export function PlanForm(props: { student: Student; plan: ReviewPlan }) {
  const [fields, setFields] = createSignal<Fields>(fieldsOf(props.plan));
  const { status, save: runSave } = useSave();
  createEffect(
    on(
      () => props.plan,
      (plan) => setFields(fieldsOf(plan)),
      { defer: true },
    ),
  );
  const field = (key: keyof Fields) => ({
    value: fields()[key],
    onInput: (event: InputEvent & { currentTarget: HTMLInputElement }) =>
      setFields({ ...fields(), [key]: event.currentTarget.value }),
  });
  const draft = (): ReviewPlan => {
    const baseline = rangeOf(fields().baselineFrom, fields().baselineTo);
    const trial = rangeOf(fields().trialFrom, fields().trialTo);
    return {
      ...(baseline ? { baseline } : {}),
      ...(trial ? { trial } : {}),
      ...(fields().aim ? { aimPercent: Number(fields().aim) } : {}),
      ...(fields().goalDay ? { goalDay: fields().goalDay as SchoolDay } : {}),
      // Mastery is judged against the aim: kept with it.
      ...(fields().aim
        ? { mastery: { percent: Number(fields().masteryPercent), days: Number(fields().masteryDays) } }
        : {}),
    };
  };

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    await runSave(
      async () => {
        await saveReviewPlan(db, adultSession(), props.student.id, draft());
      },
      t('review.planSaved', { name: props.student.name }),
    );
  };

  const id = (key: string) => `plan-${key}`;
  return (
    <section class="panel no-print" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('review.planTitle', { name: props.student.name })}</h2>
      <form class="form plan-form" onSubmit={save}>
        <div class="date-pair">
          <label for={id('baseline-from')}>{t('review.from', { what: t('review.baseline') })}</label>
          <input id={id('baseline-from')} type="date" {...field('baselineFrom')} />
          <label for={id('baseline-to')}>{t('review.to', { what: t('review.baseline') })}</label>
          <input id={id('baseline-to')} type="date" {...field('baselineTo')} />
        </div>
        <div class="date-pair">
          <label for={id('trial-from')}>{t('review.from', { what: t('review.trial') })}</label>
          <input id={id('trial-from')} type="date" {...field('trialFrom')} />
          <label for={id('trial-to')}>{t('review.to', { what: t('review.trial') })}</label>
          <input id={id('trial-to')} type="date" {...field('trialTo')} />
        </div>
        <Show when={trialTooLong(draft())}>
          <p class="hint warning">{t('review.trialTooLong')}</p>
        </Show>
        <label for={id('aim')}>{t('review.aim')}</label>
        <input
          id={id('aim')}
          type="number"
          min="1"
          max="100"
          step="1"
          inputmode="numeric"
          {...field('aim')}
        />
        <label for={id('goal-day')}>{t('review.goalDay')}</label>
        <input id={id('goal-day')} type="date" aria-describedby={id('goal-day-hint')} {...field('goalDay')} />
        <p class="hint" id={id('goal-day-hint')}>
          {t('review.goalDayHint')}
        </p>
        <div class="date-pair">
          <label for={id('mastery-percent')}>{t('review.masteryPercent')}</label>
          <input
            id={id('mastery-percent')}
            type="number"
            min={MIN_PERCENT}
            max={MAX_PERCENT}
            step="1"
            inputmode="numeric"
            aria-describedby={id('mastery-hint')}
            {...field('masteryPercent')}
          />
          <label for={id('mastery-days')}>{t('review.masteryDays')}</label>
          <input
            id={id('mastery-days')}
            type="number"
            min={MIN_DAYS}
            max={MAX_DAYS}
            step="1"
            inputmode="numeric"
            {...field('masteryDays')}
          />
        </div>
        <p class="hint" id={id('mastery-hint')}>
          {t('review.masteryHint')}
        </p>
        <button type="submit" class="button primary">
          {t('review.savePlan')}
        </button>
      </form>
      <StatusLine status={status()} />
    </section>
  );
}
