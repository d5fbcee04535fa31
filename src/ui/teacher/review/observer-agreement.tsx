import { For, Show } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { agreementOfRange } from '../../../db/repos/agreement';
import { listStaff } from '../../../db/repos/staff';
import { AGREEMENT_MIN_PERCENT, SECOND_OBSERVER_MIN_SHARE } from '../../../domain/agreement';
import type { StaffId } from '../../../domain/ids';
import type { AdultSession, Student } from '../../../domain/people';
import type { DayRange } from '../../../domain/review/independence';
import { t } from '../../../i18n';
import { dayWords } from '../../components/plan-words';

/**
 * Agreement between two observers over the range: each session's point-by-point agreement on the
 * prompt level with its counts, flagged under 80%, and how often a second observer was there
 * against the field's norm of one session in five. Data that two observers do not agree on are
 * not yet data to decide from.
 */
export function ObserverAgreement(props: { student: Student; session: AdultSession; range: DayRange }) {
  const agreement = useLive(
    () => [props.student.id, props.range] as const,
    ([studentId, range]) => agreementOfRange(db, props.session, studentId, range),
  );
  const staff = useLive(() => listStaff(db));
  const nameOf = (staffId: StaffId) => staff()?.find((member) => member.id === staffId)?.name ?? '';
  return (
    <Show when={agreement()}>
      {(period) => (
        // Without a second observer there is nothing to report on paper: the term keeps its two pages.
        <section
          class="agreement"
          classList={{ 'no-print': period().sessions.length === 0 }}
          aria-labelledby="agreement-title"
        >
          <h3 id="agreement-title">{t('agreement.title')}</h3>
          <Show when={period().share !== undefined} fallback={<p>{t('agreement.noData')}</p>}>
            <p classList={{ 'review-flag': period().belowNorm }}>
              {t(period().belowNorm ? 'agreement.shareBelow' : 'agreement.share', {
                observed: period().daysObserved,
                days: period().daysWithData,
                percent: Math.round((period().share ?? 0) * 100),
                norm: SECOND_OBSERVER_MIN_SHARE * 100,
              })}
            </p>
          </Show>
          <Show when={period().sessions.length > 0}>
            <table class="review-table">
              <caption>{t('agreement.caption', { min: AGREEMENT_MIN_PERCENT })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('agreement.day')}</th>
                  <th scope="col">{t('agreement.observer')}</th>
                  <th scope="col">{t('agreement.agreement')}</th>
                  <th scope="col">{t('agreement.onlyOne')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={period().sessions}>
                  {(session) => (
                    <tr classList={{ 'review-flag': session.flagged }}>
                      <th scope="row">{dayWords(session.day)}</th>
                      <td>{nameOf(session.observer)}</td>
                      <td>
                        {session.percent === undefined
                          ? t('agreement.noSharedStep')
                          : t(session.flagged ? 'agreement.percentFlagged' : 'agreement.percent', {
                              percent: session.percent,
                              agreements: session.agreements,
                              compared: session.agreements + session.disagreements,
                              min: AGREEMENT_MIN_PERCENT,
                            })}
                      </td>
                      <td>
                        {t('agreement.onlyOneCounts', {
                          observer: session.onlyObserver,
                          primary: session.onlyPrimary,
                        })}
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        </section>
      )}
    </Show>
  );
}
