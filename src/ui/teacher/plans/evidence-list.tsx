import { For } from 'solid-js';
import type { DayEvidence } from '../../../domain/plan-stage';
import { t } from '../../../i18n';
import { dayWords } from '../../components/plan-words';

/** School days with their starts of the activity and how many were the student's own. */
export function EvidenceList(props: { days: readonly DayEvidence[]; label: string }) {
  return (
    <ul class="evidence" aria-label={props.label}>
      <For each={props.days}>
        {(day) => (
          <li>
            {t('plans.day', {
              day: dayWords(day.day),
              independent: day.independent,
              opportunities: day.opportunities,
            })}
          </li>
        )}
      </For>
    </ul>
  );
}
