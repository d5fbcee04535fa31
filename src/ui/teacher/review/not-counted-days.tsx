import { createSignal, For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { db } from '../../../db/instance';
import { markNotCounted, takeBackNotCounted } from '../../../db/repos/not-counted';
import { CORRECTION_REASON_MAX_LENGTH } from '../../../domain/corrections';
import type { EventId } from '../../../domain/ids';
import {
  NOT_COUNTED_NOTE_MAX_LENGTH,
  NOT_COUNTED_REASONS,
  type NotCountedSpan,
  withGaps,
} from '../../../domain/not-counted';
import type { AdultSession, Student } from '../../../domain/people';
import type { DayRange } from '../../../domain/review/independence';
import type { SchoolDay } from '../../../domain/time';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';
import { formatDay, formatRange } from './format';
import type { ChartPoint } from './line-chart';

/** A span in words: its dates and its reason, with the note when there is one. */
export const spanWords = (span: NotCountedSpan): string => {
  const words = t('notCounted.span', {
    dates: formatRange({ from: span.from, to: span.to }),
    reason: t(`notCounted.reason.${span.reason}`),
  });
  return span.note ? `${words} (${span.note})` : words;
};

/** Under a chart, the days not counted its line breaks for; undefined when it has no gap. */
export const gapsLegend = (spans: readonly NotCountedSpan[]): string | undefined =>
  spans.length > 0 ? t('notCounted.legend', { spans: spans.map(spanWords).join('; ') }) : undefined;

/**
 * A chart's points: each counted day's value, and a gap (with its reason) where days were not
 * counted within the range; with the legend that names the gaps.
 */
export function pointsWithGaps<T extends { day: SchoolDay }>(
  days: readonly T[],
  spans: readonly NotCountedSpan[],
  range: DayRange,
  figureOf: (entry: T) => number,
): { points: ChartPoint[]; legend?: string } {
  const sequence = withGaps(days, spans, range);
  const points = sequence.map(
    (place): ChartPoint =>
      place.kind === 'day'
        ? { label: formatDay(place.entry.day), value: figureOf(place.entry) }
        : { label: formatDay(place.span.from), gap: spanWords(place.span) },
  );
  const legend = gapsLegend(sequence.flatMap((place) => (place.kind === 'gap' ? [place.span] : [])));
  return legend ? { points, legend } : { points };
}

/**
 * The teacher marks a day or a span of days as not counted, with a reason, and can count them
 * again with a reason of their own; the marks that stand are listed.
 */
export function NotCountedDays(props: {
  student: Student;
  session: AdultSession;
  spans: readonly NotCountedSpan[];
  day: SchoolDay;
}) {
  const [from, setFrom] = createSignal<string>('');
  const [to, setTo] = createSignal('');
  const [reason, setReason] = createSignal<(typeof NOT_COUNTED_REASONS)[number]>('absence');
  const [note, setNote] = createSignal('');
  const [asking, setAsking] = createSignal<EventId>();
  const [why, setWhy] = createSignal('');
  const { busy, status, save } = useSave();

  const mark = async () => {
    const first = from() || props.day;
    await save(
      () =>
        markNotCounted(
          db,
          props.session,
          { studentId: props.student.id, from: first, to: to() || first, reason: reason(), note: note() },
          clock.now(),
        ),
      t('notCounted.marked'),
    );
    if (status()?.kind === 'done') {
      setTo('');
      setNote('');
    }
  };
  const takeBack = async (span: NotCountedSpan) => {
    await save(
      () => takeBackNotCounted(db, props.session, { eventId: span.id, reason: why() }, clock.now()),
      t('notCounted.tookBack'),
    );
    if (status()?.kind === 'done') setAsking(undefined);
  };

  return (
    <section class="panel no-print not-counted" aria-labelledby="not-counted-title">
      <h2 id="not-counted-title">{t('notCounted.title')}</h2>
      <p class="hint">{t('notCounted.hint')}</p>
      <form
        class="take-back-form"
        onSubmit={(event) => {
          event.preventDefault();
          void mark();
        }}
      >
        <label for="not-counted-from">{t('notCounted.from')}</label>
        <input
          id="not-counted-from"
          type="date"
          required
          value={from() || props.day}
          onInput={(event) => setFrom(event.currentTarget.value)}
        />
        <label for="not-counted-to">{t('notCounted.to')}</label>
        <input
          id="not-counted-to"
          type="date"
          value={to()}
          onInput={(event) => setTo(event.currentTarget.value)}
        />
        <label for="not-counted-reason">{t('notCounted.reason')}</label>
        <select
          id="not-counted-reason"
          value={reason()}
          onChange={(event) => setReason(event.currentTarget.value as (typeof NOT_COUNTED_REASONS)[number])}
        >
          <For each={NOT_COUNTED_REASONS}>
            {(kind) => <option value={kind}>{t(`notCounted.reason.${kind}`)}</option>}
          </For>
        </select>
        <label for="not-counted-note">{t('notCounted.note')}</label>
        <input
          id="not-counted-note"
          maxlength={NOT_COUNTED_NOTE_MAX_LENGTH}
          value={note()}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
        <button type="submit" class="button" disabled={busy()}>
          {t('notCounted.mark')}
        </button>
      </form>
      <Show when={props.spans.length > 0} fallback={<p class="empty">{t('notCounted.none')}</p>}>
        <ul class="day-records">
          <For each={props.spans}>
            {(span) => (
              <li>
                <span>{spanWords(span)}</span>
                <Show
                  when={asking() === span.id}
                  fallback={
                    <button
                      type="button"
                      class="button"
                      aria-label={t('notCounted.takeBackOf', { span: spanWords(span) })}
                      onClick={() => {
                        setWhy('');
                        setAsking(span.id);
                      }}
                    >
                      {t('notCounted.takeBack')}
                    </button>
                  }
                >
                  <form
                    class="take-back-form"
                    onSubmit={(event) => {
                      event.preventDefault();
                      void takeBack(span);
                    }}
                  >
                    <label for={`count-again-${span.id}`}>{t('notCounted.takeBackReason')}</label>
                    <input
                      id={`count-again-${span.id}`}
                      required
                      maxlength={CORRECTION_REASON_MAX_LENGTH}
                      value={why()}
                      onInput={(event) => setWhy(event.currentTarget.value)}
                    />
                    <button type="submit" class="button danger" disabled={busy()}>
                      {t('notCounted.takeBackConfirm')}
                    </button>
                    <button type="button" class="button" onClick={() => setAsking(undefined)}>
                      {t('review.takeBackCancel')}
                    </button>
                  </form>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <StatusLine status={status()} />
    </section>
  );
}
