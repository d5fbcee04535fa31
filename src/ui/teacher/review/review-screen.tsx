import './review.css';
import { useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { chartChanges } from '../../../db/repos/chart-changes';
import { fidelityOfWeek } from '../../../db/repos/fidelity';
import { notCountedSpans } from '../../../db/repos/not-counted';
import { reportingPeriods, reviewPlanOf, reviewRollups } from '../../../db/repos/review';
import { listStudents } from '../../../db/repos/student-reads';
import { fidelityShortfall } from '../../../domain/fidelity';
import { isUlid, type StudentId } from '../../../domain/ids';
import { type AdultSession, LOCALES, type Locale } from '../../../domain/people';
import { progressDecisions } from '../../../domain/review/decisions';
import { type DayRange, dailyIndependence, rangeFigures } from '../../../domain/review/independence';
import { dailyLatency, weeklyPrompts } from '../../../domain/review/over-time';
import { previousRanges, type ReviewPlan, recentRanges } from '../../../domain/review/plan';
import { mondayOf, SCHOOL_DAY_PATTERN, type SchoolDay, schoolDayOf } from '../../../domain/time';
import { locale, shownLocale, t, textIn } from '../../../i18n';
import { LocalePart } from '../../../i18n/locale-part';
import { ActivityTable } from './activity-table';
import type { ChartLinesSource } from './chart-lines';
import { ClassOverview } from './class-overview';
import { FidelityWeek } from './fidelity-week';
import { formatRange } from './format';
import { IndependenceChart } from './independence-chart';
import { LatencyChart } from './latency-chart';
import { NotCountedDays } from './not-counted-days';
import { ObserverAgreement } from './observer-agreement';
import { PeriodsForm } from './periods-form';
import { PlanForm } from './plan-form';
import { usePrintHead } from './print-head';
import { ProgressViewChoice } from './progress-view-choice';
import { PromptTable } from './prompt-table';
import { RecordCorrections } from './record-corrections';
import { RecordDownloads } from './record-downloads';
import { SelfCheckSessions } from './self-check-sessions';
import { SelfReports } from './self-reports';
import { Summary } from './summary';
import { SupportTable } from './support-table';
import { WeeklyPrompts } from './weekly-prompts';

type RangeChoice = { key: string; label: string; range: DayRange };

/**
 * The teacher's review of one student over a range of days — summary, chart, help given,
 * records to download, a printable report — and the class at a glance. Reads rollups only.
 */
export function ReviewScreen() {
  return <Show when={adultSession()}>{(session) => <TeacherReview session={session()} />}</Show>;
}

function TeacherReview(props: { session: AdultSession }) {
  const students = useLive(() => listStudents(db));
  // A row of the class (home or overview) opens the review on its student (`?student=`); an id
  // that is not a student's here is ignored, and the first student is shown.
  const [params] = useSearchParams();
  const askedStudent = () => (isUlid(params.student) ? (params.student as StudentId) : undefined);
  const [chosenStudent, setChosenStudent] = createSignal(askedStudent());
  createEffect(on(askedStudent, (asked) => asked && setChosenStudent(asked), { defer: true }));
  const student = () => students()?.find((s) => s.id === chosenStudent()) ?? students()?.[0];
  const plan = useLive(
    () => student()?.id,
    async (id): Promise<ReviewPlan> => (id ? reviewPlanOf(db, props.session, id) : {}),
  );
  const periods = useLive(() => reportingPeriods(db));
  const rollups = useLive(
    () => student()?.id,
    async (id) => (id ? reviewRollups(db, props.session, id) : []),
  );
  const spans = useLive(
    () => student()?.id,
    async (id) => (id ? notCountedSpans(db, props.session, id) : []),
  );
  const today = schoolDayOf(clock.now());

  const [custom, setCustom] = createSignal<{ from: string; to: string }>({ from: '', to: '' });
  /** The teacher's own dates, once both are there and in order. */
  const customRange = (): DayRange | undefined => {
    const { from, to } = custom();
    return SCHOOL_DAY_PATTERN.test(from) && SCHOOL_DAY_PATTERN.test(to) && from <= to
      ? { from: from as SchoolDay, to: to as SchoolDay }
      : undefined;
  };
  // Every choice says its dates, so the control always names the range the report shows.
  const choices = createMemo((): RangeChoice[] => {
    const recent = recentRanges(today);
    const previous = previousRanges(today);
    const named = (key: string, name: string, range: DayRange) => ({
      key,
      label: t('review.named', { name, dates: formatRange(range) }),
      range,
    });
    const current = plan() ?? {};
    const own = customRange();
    return [
      named('week', t('review.week'), recent.week),
      named('month', t('review.month'), recent.month),
      named('previous-week', t('review.previousWeek'), previous.previousWeek),
      named('previous-month', t('review.previousMonth'), previous.previousMonth),
      ...(periods() ?? []).map((period, index) => named(`period-${index}`, period.name, period)),
      ...(current.baseline ? [named('baseline', t('review.baseline'), current.baseline)] : []),
      ...(current.trial ? [named('trial', t('review.trial'), current.trial)] : []),
      own
        ? named('custom', t('review.customRange'), own)
        : { key: 'custom', label: t('review.customRange'), range: recent.month },
    ];
  });
  const [chosenRange, setChosenRange] = createSignal('month');
  const choice = () => choices().find((entry) => entry.key === chosenRange()) ?? choices()[1];
  // Other dates show this month until both of their days are given.
  const range = () =>
    (chosenRange() === 'custom' ? customRange() : choice()?.range) ?? recentRanges(today).month;
  // Each figure is worked out once per change of student, dates or plan, however many read it.
  const figures = createMemo(() => rangeFigures(rollups() ?? [], range()));
  const phase = (phaseRange: DayRange | undefined) =>
    phaseRange ? rangeFigures(rollups() ?? [], phaseRange) : undefined;
  const baseline = createMemo(() => phase(plan()?.baseline));
  const trial = createMemo(() => phase(plan()?.trial));
  const independence = createMemo(() => dailyIndependence(rollups() ?? [], range()));
  // The decision rules read the baseline wherever it lies, and the days up to the end of the range.
  const decisions = createMemo(() =>
    progressDecisions(
      dailyIndependence(rollups() ?? [], { from: '0000-01-01' as SchoolDay, to: range().to }),
      plan() ?? {},
      range(),
    ),
  );
  const prompts = createMemo(() => weeklyPrompts(rollups() ?? [], range()));
  // The report may be printed in the family's language while the screen stays in the adult's.
  const [printChoice, setPrintChoice] = createSignal<Locale>();
  const printLocale = () => printChoice() ?? locale();
  const familyLocale = () => student()?.familyLocale ?? student()?.locale;
  usePrintHead(() => {
    const name = student()?.name ?? '';
    const language = printLocale();
    const period = formatRange(range(), true, language);
    return {
      title: textIn(language, 'review.documentTitle', { name, period }),
      left: textIn(language, 'review.reportTitle', { name }),
      right: period,
    };
  });
  const latency = createMemo(() => dailyLatency(rollups() ?? [], range()));
  const changes = useLive(
    () => [student()?.id, range()] as const,
    async ([studentId, dates]) => (studentId ? chartChanges(db, props.session, studentId, dates) : []),
  );
  const chartLines = (): ChartLinesSource => ({
    changes: changes() ?? [],
    plan: plan() ?? {},
    spans: spans() ?? [],
  });
  // Was the plan carried out in the week the range ends in? Asked before a change is suggested.
  const fidelityMonday = () => mondayOf(range().to < today ? range().to : today);
  const fidelity = useLive(
    () => [student()?.id, fidelityMonday()] as const,
    ([studentId, monday]) => (studentId ? fidelityOfWeek(db, props.session, studentId, monday) : undefined),
  );
  const shortfall = () => {
    const week = fidelity();
    return week ? fidelityShortfall(week) : undefined;
  };

  return (
    <>
      <h1 class="no-print">{t('review.title')}</h1>
      <p class="next-step no-print">{t('review.intro')}</p>
      <Show when={student()}>
        {(shown) => (
          <>
            <div class="review-controls no-print">
              <label for="review-student">{t('review.student')}</label>
              <select
                id="review-student"
                value={shown().id}
                onChange={(e) => setChosenStudent(e.currentTarget.value as StudentId)}
              >
                <For each={students()}>{(s) => <option value={s.id}>{s.name}</option>}</For>
              </select>
              <label for="review-range">{t('review.dates')}</label>
              <select
                id="review-range"
                value={choice()?.key}
                onChange={(e) => setChosenRange(e.currentTarget.value)}
              >
                <For each={choices()}>
                  {(entry) => (
                    <option value={entry.key} selected={entry.key === choice()?.key}>
                      {entry.label}
                    </option>
                  )}
                </For>
              </select>
              <label for="review-print-language">{t('review.printIn')}</label>
              <select
                id="review-print-language"
                value={printLocale()}
                onChange={(e) => {
                  const chosen = LOCALES.find((language) => language === e.currentTarget.value);
                  if (chosen) setPrintChoice(chosen);
                }}
              >
                <For each={LOCALES}>
                  {(language) => (
                    <option value={language} selected={language === printLocale()}>
                      {language === familyLocale()
                        ? t('review.familyLanguage', { language: t(`language.${language}`) })
                        : t(`language.${language}`)}
                    </option>
                  )}
                </For>
              </select>
              <Show when={chosenRange() === 'custom'}>
                <label for="review-from">{t('review.customFrom')}</label>
                <input
                  id="review-from"
                  type="date"
                  value={custom().from}
                  onInput={(e) => setCustom({ ...custom(), from: e.currentTarget.value })}
                />
                <label for="review-to">{t('review.customTo')}</label>
                <input
                  id="review-to"
                  type="date"
                  value={custom().to}
                  onInput={(e) => setCustom({ ...custom(), to: e.currentTarget.value })}
                />
              </Show>
            </div>
            <LocalePart language={printLocale()}>
              <article class="panel review-report" lang={printLocale()} aria-labelledby="report-title">
                <h2 id="report-title">{t('review.reportTitle', { name: shown().name })}</h2>
                <p class="report-meta">
                  {t('review.reportMeta', {
                    dates: formatRange(range(), true),
                    author: props.session.name,
                    today: new Intl.DateTimeFormat(shownLocale(), { dateStyle: 'medium' }).format(
                      clock.now(),
                    ),
                  })}
                </p>
                <Summary
                  range={range()}
                  figures={figures()}
                  plan={plan() ?? {}}
                  baseline={baseline()}
                  trial={trial()}
                  decisions={decisions()}
                  today={today}
                  shortfall={shortfall()}
                  fidelityMonday={fidelityMonday()}
                />
                <Show when={figures().starts > 0}>
                  <IndependenceChart
                    days={independence()}
                    plan={plan() ?? {}}
                    decisions={decisions()}
                    spans={spans() ?? []}
                    range={range()}
                    changes={chartLines()}
                  />
                  <PromptTable figures={figures()} />
                  <WeeklyPrompts weeks={prompts()} range={range()} />
                  <LatencyChart
                    days={latency()}
                    range={range()}
                    spans={spans() ?? []}
                    changes={chartLines()}
                  />
                </Show>
                <ActivityTable
                  rollups={rollups() ?? []}
                  range={range()}
                  studentId={shown().id}
                  session={props.session}
                />
                <SupportTable rollups={rollups() ?? []} range={range()} />
                <FidelityWeek
                  student={shown()}
                  session={props.session}
                  monday={fidelityMonday()}
                  week={fidelity()}
                />
                <ObserverAgreement student={shown()} session={props.session} range={range()} />
                <SelfReports
                  student={shown()}
                  rollups={rollups() ?? []}
                  range={range()}
                  spans={spans() ?? []}
                />
                <SelfCheckSessions student={shown()} session={props.session} range={range()} />
              </article>
            </LocalePart>
            <RecordDownloads
              student={shown()}
              students={students() ?? []}
              range={range()}
              session={props.session}
            />
            <RecordCorrections
              student={shown()}
              session={props.session}
              day={range().to < today ? range().to : today}
            />
            <NotCountedDays
              student={shown()}
              session={props.session}
              spans={spans() ?? []}
              day={range().to < today ? range().to : today}
            />
            <PlanForm student={shown()} plan={plan() ?? {}} />
            <ProgressViewChoice student={shown()} />
          </>
        )}
      </Show>
      <PeriodsForm periods={periods() ?? []} />
      <div class="no-print">
        <ClassOverview students={students() ?? []} session={props.session} />
      </div>
    </>
  );
}
