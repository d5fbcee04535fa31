import { createSignal, For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { cardsByIds } from '../../../db/repos/card-reads';
import { recordsOfDay, takeBackRecord } from '../../../db/repos/corrections';
import { CORRECTION_REASON_MAX_LENGTH, type DayRecord } from '../../../domain/corrections';
import type { AppEvent } from '../../../domain/events';
import type { CardId, EventId, StepId } from '../../../domain/ids';
import type { AdultSession, Student } from '../../../domain/people';
import { SCHOOL_DAY_PATTERN, type SchoolDay } from '../../../domain/time';
import { locale, t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';
import { usePromptLevels } from '../../para/prompt-names';

/**
 * The teacher corrects the record of any day after the para's short undo: each record of the day
 * in words, and "Take back…" with a reason. What was taken back stays listed, with its reason.
 */
export function RecordCorrections(props: { student: Student; session: AdultSession; day: SchoolDay }) {
  const [chosenDay, setChosenDay] = createSignal<SchoolDay>();
  const day = () => chosenDay() ?? props.day;
  const ofDay = useLive(
    () => ({ id: props.student.id, day: day() }),
    async ({ id, day: shown }) => {
      const { records, items } = await recordsOfDay(db, props.session, id, shown);
      const cardIds = items.flatMap((item) => [item.cardId, ...item.miniSteps.map((mini) => mini.cardId)]);
      for (const { event } of records) if (event.type === 'choice-made') cardIds.push(event.cardId);
      const cards = await cardsByIds(db, cardIds);
      const cardOfStep = new Map<StepId, CardId>();
      for (const item of items) {
        cardOfStep.set(item.id, item.cardId);
        for (const mini of item.miniSteps) cardOfStep.set(mini.id, mini.cardId);
      }
      const labelOf = (cardId: CardId | undefined) => (cardId && cards.get(cardId)?.label) || undefined;
      return { records, stepLabel: (id: StepId) => labelOf(cardOfStep.get(id)), labelOf };
    },
  );
  const levels = usePromptLevels();
  const [asking, setAsking] = createSignal<EventId>();
  const [reason, setReason] = createSignal('');
  const { busy, status, save } = useSave();
  const time = (at: number) => new Intl.DateTimeFormat(locale(), { timeStyle: 'short' }).format(at);

  const words = (event: AppEvent): string => {
    const shown = ofDay();
    const step = (id: StepId) => shown?.stepLabel(id) ?? t('record.aStep');
    switch (event.type) {
      case 'step-started':
        return t('record.started', { step: step(event.stepId), prompt: levels.nameOf(event.prompt) });
      case 'step-finished':
        return t('record.finished', { step: step(event.stepId) });
      case 'note':
        return t('record.note', { text: event.text });
      case 'support-noted':
        return t('record.support', { step: step(event.stepId), level: t(`support.${event.level}`) });
      case 'token-given':
        return t('record.token');
      case 'reward-used':
        return t('record.reward', { minutes: event.minutes });
      case 'scale-rated':
        return t('record.rating', { level: event.level });
      case 'choice-made':
        return t('record.choice', { option: shown?.labelOf(event.cardId) ?? '' });
      case 'staff-responded':
        return event.response === 'planned'
          ? t('record.responsePlanned')
          : t('record.responseOther', { text: event.note ?? '' });
      default:
        return t('record.selfCheck');
    }
  };

  const takeBack = async (record: DayRecord) => {
    await save(
      () => takeBackRecord(db, props.session, { eventId: record.event.id, reason: reason() }, clock.now()),
      t('review.tookBack'),
    );
    if (status()?.kind === 'done') {
      setAsking(undefined);
      setReason('');
    }
  };

  return (
    <section class="panel no-print record-corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">{t('review.corrections')}</h2>
      <p class="hint">{t('review.correctionsHint')}</p>
      <label for="corrections-day">{t('review.correctionsDay')}</label>
      <input
        id="corrections-day"
        type="date"
        value={day()}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          if (SCHOOL_DAY_PATTERN.test(chosen)) setChosenDay(chosen as SchoolDay);
        }}
      />
      <Show
        when={(ofDay()?.records ?? []).length > 0}
        fallback={<p class="empty">{t('review.correctionsNone')}</p>}
      >
        <ol class="day-records">
          <For each={ofDay()?.records}>
            {(record) => (
              <li classList={{ 'taken-back': record.takenBack !== undefined }}>
                <span>
                  {time(record.event.at)} · {words(record.event)}
                </span>
                <Show
                  when={record.takenBack}
                  fallback={
                    <Show
                      when={asking() === record.event.id}
                      fallback={
                        <button
                          type="button"
                          class="button"
                          aria-label={t('review.takeBackOf', { record: words(record.event) })}
                          onClick={() => {
                            setReason('');
                            setAsking(record.event.id);
                          }}
                        >
                          {t('review.takeBack')}
                        </button>
                      }
                    >
                      <form
                        class="take-back-form"
                        onSubmit={(event) => {
                          event.preventDefault();
                          void takeBack(record);
                        }}
                      >
                        <label for={`reason-${record.event.id}`}>{t('review.takeBackReason')}</label>
                        <input
                          id={`reason-${record.event.id}`}
                          required
                          maxlength={CORRECTION_REASON_MAX_LENGTH}
                          value={reason()}
                          onInput={(event) => setReason(event.currentTarget.value)}
                        />
                        <button type="submit" class="button danger" disabled={busy()}>
                          {t('review.takeBackConfirm')}
                        </button>
                        <button type="button" class="button" onClick={() => setAsking(undefined)}>
                          {t('review.takeBackCancel')}
                        </button>
                      </form>
                    </Show>
                  }
                >
                  {(takenBack) => (
                    <span class="hint">{t('review.takenBack', { reason: takenBack().reason })}</span>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <StatusLine status={status()} />
    </section>
  );
}
