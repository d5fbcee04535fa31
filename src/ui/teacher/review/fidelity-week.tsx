import { For, Show } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { observationsOfWeek } from '../../../db/repos/observations';
import { listStaff } from '../../../db/repos/staff';
import type { WeekFidelity } from '../../../domain/fidelity';
import type { AdultSession, Student } from '../../../domain/people';
import type { SchoolDay } from '../../../domain/time';
import { t } from '../../../i18n';
import { dayWords } from '../../components/plan-words';
import { ObservationForm, ObservationList } from './observation-form';

/**
 * "Was the plan carried out?" for the week the review ends in: each adult's prompts against the
 * plan in force, alert ratings with a word on what was done, accuracy checks answered, and the
 * teacher's own observations of the adults. Read before deciding that a plan does not work.
 */
export function FidelityWeek(props: {
  student: Student;
  session: AdultSession;
  monday: SchoolDay;
  week: WeekFidelity | undefined;
}) {
  const week = () => props.week;
  const staff = useLive(() => listStaff(db));
  const observations = useLive(
    () => [props.student.id, props.monday] as const,
    ([studentId, monday]) => observationsOfWeek(db, props.session, studentId, monday),
  );
  const nameOf = (staffId: string) => staff()?.find((member) => member.id === staffId)?.name ?? '';
  return (
    <Show when={week()}>
      {(shown) => (
        <section class="fidelity" aria-labelledby="fidelity-title">
          <h3 id="fidelity-title">{t('fidelity.title', { date: dayWords(props.monday) })}</h3>
          <Show when={shown().adults.length > 0} fallback={<p>{t('fidelity.noPrompts')}</p>}>
            <table class="review-table">
              <caption>{t('fidelity.promptsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fidelity.adult')}</th>
                  <th scope="col">{t('fidelity.measured')}</th>
                  <th scope="col">{t('fidelity.early')}</th>
                  <th scope="col">{t('fidelity.moreHelp')}</th>
                  <th scope="col">{t('fidelity.unplanned')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={shown().adults}>
                  {(adult) => (
                    <tr>
                      <th scope="row">{nameOf(adult.staffId)}</th>
                      <td>{adult.measured}</td>
                      <td>{adult.early}</td>
                      <td>{adult.moreHelp}</td>
                      <td>{adult.unplanned}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
          <ul class="fidelity-lines">
            <li>{t('fidelity.alerts', shown().alerts)}</li>
            <li>{t('fidelity.checks', shown().checks)}</li>
          </ul>
          <h4>{t('observe.title')}</h4>
          <ObservationList observations={observations() ?? []} nameOf={nameOf} />
          <ObservationForm student={props.student} session={props.session} staff={staff() ?? []} />
        </section>
      )}
    </Show>
  );
}
