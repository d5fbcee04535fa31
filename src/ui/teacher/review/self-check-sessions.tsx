import { createMemo, createSignal, For, Show } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { checkedAnswers } from '../../../db/repos/checked-answers';
import { targetsOf } from '../../../db/repos/target-reads';
import type { SelfCheckAnswer } from '../../../domain/events';
import type { AdultSession, Student } from '../../../domain/people';
import type { DayRange } from '../../../domain/review/independence';
import { type QuestionSessions, selfCheckSessions } from '../../../domain/review/self-monitoring';
import { locale, t } from '../../../i18n';
import { formatDay, formatDecimal, formatPercent } from './format';
import { LineChart } from './line-chart';

/**
 * Each self-check question's checked answers point by point: the student's answer and the adult's
 * check of the same moment on one chart, and beside it the agreement of each session (school day).
 */
export function SelfCheckSessions(props: { student: Student; session: AdultSession; range: DayRange }) {
  // Read only when the teacher asks: the checked answers are events, not rollups, and a year of
  // them would hold up the rest of the review.
  const [open, setOpen] = createSignal(false);
  const targets = useLive(
    () => props.student.id,
    (id) => targetsOf(db, id),
  );
  const checked = useLive(
    () => (open() ? ([props.student.id, props.range] as const) : undefined),
    (asked) => (asked ? checkedAnswers(db, props.session, asked[0], asked[1]) : []),
  );
  const questions = createMemo(() => selfCheckSessions(checked() ?? [], props.range));
  const question = (targetId: string) => targets()?.find((target) => target.id === targetId)?.question ?? '';
  return (
    <Show when={(targets()?.length ?? 0) > 0}>
      <details class="point-by-point" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('review.pointByPointOpen')}</summary>
        <For each={questions()} fallback={<p class="empty">{t('review.noData')}</p>}>
          {(sessions) => <QuestionSessionsChart sessions={sessions} question={question(sessions.targetId)} />}
        </For>
      </details>
    </Show>
  );
}

/** One question's chart and its table of sessions. */
export function QuestionSessionsChart(props: { sessions: QuestionSessions; question: string }) {
  const answerWords = (answer: SelfCheckAnswer) =>
    answer === 'yes' ? t('review.answerYes') : answer === 'no' ? t('review.answerNo') : String(answer);
  // A yes/no question reads No at the bottom and Yes at the top; a 1–5 one its levels.
  const scaleWords = (value: number) =>
    props.sessions.levels
      ? formatDecimal(value)
      : value === 1
        ? t('review.answerYes')
        : value === 0
          ? t('review.answerNo')
          : '';
  const points = () =>
    props.sessions.points.map((point) => ({ label: formatDay(point.day), value: point.studentValue }));
  const label = () => {
    const [first, last] = [props.sessions.points[0], props.sessions.points.at(-1)];
    return first && last
      ? t('review.pointByPointLabel', {
          question: props.question,
          from: formatDay(first.day),
          to: formatDay(last.day),
        })
      : t('review.noData');
  };
  const time = (at: number) => new Intl.DateTimeFormat(locale(), { timeStyle: 'short' }).format(at);
  const sessionsTable = () => (
    <table class="review-table">
      <caption>{t('review.sessionsTitle', { question: props.question })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.colDay')}</th>
          <th scope="col">{t('review.colChecks')}</th>
          <th scope="col">{t('review.colAgreed')}</th>
          <th scope="col">{t('review.colAgreement')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.sessions.sessions}>
          {(session) => (
            <tr>
              <th scope="row">{formatDay(session.day)}</th>
              <td>{session.checks}</td>
              <td>{session.matches}</td>
              <td>{formatPercent(session.agreement)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
  return (
    <div class="self-check-sessions">
      <LineChart
        title={t('review.pointByPointTitle', { question: props.question })}
        label={label()}
        points={points()}
        lines={[
          {
            class: 'adult-answers',
            label: t('review.adultAnswers'),
            values: props.sessions.points.map((point) => point.adultValue),
            marked: true,
          },
        ]}
        legend={t('review.pointByPointLegend')}
        max={props.sessions.levels ? 5 : 1}
        format={scaleWords}
        tableTitle={t('review.chartTable')}
        printTable={sessionsTable}
        table={() => (
          <table>
            <caption>{t('review.pointByPointTitle', { question: props.question })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.colDay')}</th>
                <th scope="col">{t('review.colTime')}</th>
                <th scope="col">{t('review.studentAnswers')}</th>
                <th scope="col">{t('review.adultAnswers')}</th>
                <th scope="col">{t('review.colAgreed')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.sessions.points}>
                {(point) => (
                  <tr>
                    <th scope="row">{formatDay(point.day)}</th>
                    <td>{time(point.at)}</td>
                    <td>{answerWords(point.student)}</td>
                    <td>{answerWords(point.adult)}</td>
                    <td>{point.matched ? t('review.answerYes') : t('review.answerNo')}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        )}
      />
      <div class="no-print">{sessionsTable()}</div>
    </div>
  );
}
