import { Show } from 'solid-js';
import type { PlanReview } from '../../../db/repos/plans';
import type { PromptLevel } from '../../../domain/events';
import { t } from '../../../i18n';
import { stageWords } from '../../components/plan-words';
import type { StatusSaver } from '../../components/use-save';
import { EvidenceList } from './evidence-list';
import { SuggestionView } from './suggestion-view';

/** One activity's plan: what the adults do now and next, its criterion, its days so far. */
export function PlanCard(props: {
  review: PlanReview;
  studentName: string;
  label: string;
  nameOf: (level: PromptLevel) => string;
  onEdit: () => void;
  onRemove: () => void;
  saver: StatusSaver;
}) {
  const plan = () => props.review.plan;
  const headingId = () => `plan-${plan().id}`;
  return (
    <li class="plan-card" aria-labelledby={headingId()}>
      <h3 id={headingId()}>{props.label}</h3>
      <p>{t('plans.nowIs', { stage: stageWords(plan().current, props.nameOf) })}</p>
      <p>
        <Show when={plan().next} fallback={t('plans.noNext')}>
          {(next) => t('plans.nextIs', { stage: stageWords(next(), props.nameOf) })}
        </Show>
      </p>
      <p class="hint">{t('plans.criterionIs', plan().criterion)}</p>
      <Show when={props.review.evidence.length > 0} fallback={<p class="hint">{t('plans.noDays')}</p>}>
        <EvidenceList
          days={props.review.evidence.slice(-plan().criterion.days - 2)}
          label={t('plans.since')}
        />
      </Show>
      <Show when={props.review.suggestion}>
        {(suggestion) => (
          <SuggestionView
            suggestion={suggestion()}
            studentName={props.studentName}
            label={props.label}
            nameOf={props.nameOf}
            saver={props.saver}
          />
        )}
      </Show>
      <div class="move-buttons">
        <button type="button" class="button" onClick={() => props.onEdit()}>
          {t('plans.edit', { label: props.label })}
        </button>
        <button type="button" class="button danger" onClick={() => props.onRemove()}>
          {t('plans.remove', { label: props.label })}
        </button>
      </div>
    </li>
  );
}
