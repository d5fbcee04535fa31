import './scale-staff.css';
import { For, Show } from 'solid-js';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { cardsByIds } from '../../db/repos/card-reads';
import { scaleById } from '../../db/repos/scale-reads';
import { scheduleFor } from '../../db/repos/schedule-reads';
import type { AppEvent, ScaleRated } from '../../domain/events';
import type { Student } from '../../domain/people';
import { lastRating } from '../../domain/scale-check-in';
import { levelOf, type ScaleAssignment, SWATCH_INK, SWATCHES } from '../../domain/scales';
import { type SchoolDay, schoolDayOf } from '../../domain/time';
import { locale, t } from '../../i18n';
import { LevelChip } from '../components/level-chip';

/**
 * The staff version of the student's five-point scale, for the adult beside them: the level of
 * the latest rating today, what it looks like, and the response every adult gives at it.
 */
export function ScaleStaffView(props: {
  student: Student;
  assignment: ScaleAssignment;
  events: readonly AppEvent[];
}) {
  const rating = () => lastRating(props.events);
  // The scale the student rated on, which is their scale unless the teacher changed it since.
  const scale = useLive(
    () => rating()?.scaleId ?? props.assignment.scaleId,
    (id) => scaleById(db, id),
  );
  const level = () => {
    const rated = rating();
    const shown = scale();
    return rated && shown ? levelOf(shown, rated.level) : undefined;
  };
  const stepLabel = useLive(
    () => {
      const context = rating()?.context;
      return context?.kind === 'step' ? context.stepId : undefined;
    },
    async (stepId) => {
      if (!stepId) return '';
      const day: SchoolDay = schoolDayOf(rating()?.at ?? 0);
      const item = (await scheduleFor(db, props.student.id, { kind: 'day', day }))?.items.find(
        (each) => each.id === stepId,
      );
      return item ? ((await cardsByIds(db, [item.cardId])).get(item.cardId)?.label ?? '') : '';
    },
  );
  const when = (rated: ScaleRated) => {
    const time = new Intl.DateTimeFormat(locale(), { hour: 'numeric', minute: '2-digit' }).format(rated.at);
    const { context } = rated;
    if (context.kind === 'step') return t('todayScale.when.step', { step: stepLabel() ?? '', time });
    if (context.kind === 'on-demand' && context.askedBy === 'adult')
      return t('todayScale.when.asked', { time });
    return t(`todayScale.when.${context.kind}`, { time });
  };

  return (
    <Show when={scale()}>
      {(shown) => (
        <div class="scale-staff">
          <Show
            when={rating() && level()}
            fallback={<p>{t('todayScale.notYet', { name: props.student.name, scale: shown().name })}</p>}
          >
            {(at) => (
              <>
                <p class="today-now scale-rated-line">
                  <span
                    class="level-chip-number"
                    style={{ background: SWATCHES[at().colour], color: SWATCH_INK }}
                    aria-hidden="true"
                  >
                    {at().level}
                  </span>
                  <span>
                    {t('todayScale.rated', {
                      name: props.student.name,
                      level: at().level,
                      label: at().label,
                    })}
                  </span>
                </p>
                <Show when={rating()}>{(rated) => <p class="hint">{when(rated())}</p>}</Show>
                <dl class="scale-staff-level">
                  <dt>{t('todayScale.looksLike')}</dt>
                  <dd>{at().looksLike || '—'}</dd>
                  <dt>{t('todayScale.response')}</dt>
                  <dd class="scale-staff-response">{at().staffResponse || t('todayScale.noResponse')}</dd>
                </dl>
              </>
            )}
          </Show>
          <details class="scale-staff-version">
            <summary>{t('todayScale.staffVersion', { scale: shown().name })}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('todayScale.level')}</th>
                  <th scope="col">{t('todayScale.looksLike')}</th>
                  <th scope="col">{t('todayScale.response')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={shown().levels}>
                  {(each) => (
                    <tr>
                      <th scope="row">
                        <LevelChip level={each} />
                      </th>
                      <td>{each.looksLike}</td>
                      <td>{each.staffResponse}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </details>
        </div>
      )}
    </Show>
  );
}
