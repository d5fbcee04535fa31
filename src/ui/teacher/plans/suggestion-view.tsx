import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { acceptFadingStep, putOffFadingStep } from '../../../db/repos/plans';
import type { PromptLevel } from '../../../domain/events';
import type { FadingSuggestion } from '../../../domain/fading';
import { schoolDayOf } from '../../../domain/time';
import { t } from '../../../i18n';
import { stageWords } from '../../components/plan-words';
import type { StatusSaver } from '../../components/use-save';
import { formatDay } from '../review/format';
import { EvidenceList } from './evidence-list';

/**
 * A fading suggestion with its evidence, for the teacher: accepting it changes the plan and logs
 * the step. What happens then is said in the parent's status line, since the suggestion itself
 * goes away.
 */
export function SuggestionView(props: {
  suggestion: FadingSuggestion;
  studentName: string;
  label: string;
  nameOf: (level: PromptLevel) => string;
  saver: StatusSaver;
}) {
  const accept = () =>
    props.saver.save(
      () => acceptFadingStep(db, adultSession(), props.suggestion.plan.id, clock.now()),
      (plan) => t('plans.accepted', { label: props.label, stage: stageWords(plan.current, props.nameOf) }),
    );
  const notYet = () => {
    const now = clock.now();
    return props.saver.save(
      () => putOffFadingStep(db, adultSession(), props.suggestion.plan.id, schoolDayOf(now), now),
      (plan) =>
        t('plans.notYetSaved', { label: props.label, day: formatDay(plan.notYetUntil ?? schoolDayOf(now)) }),
    );
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
