import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { acceptFadingStep, putOffFadingStep } from '../../../db/repos/plans';
import type { PromptLevel } from '../../../domain/events';
import type { FadingSuggestion } from '../../../domain/fading';
import { schoolDayOf } from '../../../domain/time';
import { t } from '../../../i18n';
import { formatDay } from '../review/format';
import { EvidenceList } from './evidence-list';
import { stageWords } from './plan-words';

/**
 * A fading suggestion with its evidence, for the teacher: accepting it changes the plan and logs
 * the step. What happens then is told by `onDone`, since the suggestion itself goes away.
 */
export function SuggestionView(props: {
  suggestion: FadingSuggestion;
  studentName: string;
  label: string;
  nameOf: (level: PromptLevel) => string;
  onDone: (outcome: { ok: true; text: string } | { ok: false; error: unknown }) => void;
}) {
  const accept = async () => {
    try {
      const plan = await acceptFadingStep(db, adultSession(), props.suggestion.plan.id, clock.now());
      props.onDone({
        ok: true,
        text: t('plans.accepted', { label: props.label, stage: stageWords(plan.current, props.nameOf) }),
      });
    } catch (error) {
      props.onDone({ ok: false, error });
    }
  };
  const notYet = async () => {
    const now = clock.now();
    try {
      const plan = await putOffFadingStep(
        db,
        adultSession(),
        props.suggestion.plan.id,
        schoolDayOf(now),
        now,
      );
      props.onDone({
        ok: true,
        text: t('plans.notYetSaved', {
          label: props.label,
          day: formatDay(plan.notYetUntil ?? schoolDayOf(now)),
        }),
      });
    } catch (error) {
      props.onDone({ ok: false, error });
    }
  };
  return (
    <div class="suggestion">
      <p>
        {t('plans.suggestion', {
          name: props.studentName,
          label: props.label,
          stage: stageWords(props.suggestion.next, props.nameOf),
        })}
      </p>
      <EvidenceList days={props.suggestion.evidence} label={t('plans.evidence')} />
      <button type="button" class="button primary" onClick={() => void accept()}>
        {t('plans.accept', { name: props.studentName, label: props.label })}
      </button>
      <button type="button" class="button" onClick={() => void notYet()}>
        {t('plans.notYet', { name: props.studentName, label: props.label })}
      </button>
    </div>
  );
}
