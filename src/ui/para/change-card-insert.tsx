import { createSignal, For, Show } from 'solid-js';
import { clock } from '../../app/clock';
import { adultSession } from '../../app/session';
import { db } from '../../db/instance';
import { useLive } from '../../db/live';
import { listCards } from '../../db/repos/card-reads';
import { insertChangeCard } from '../../db/repos/schedules';
import type { Student } from '../../domain/people';
import type { SchoolDay } from '../../domain/time';
import { t } from '../../i18n';
import { StatusLine } from '../components/status-line';
import { useSave } from '../components/use-save';

/** A change card an adult puts into the student's day now, before the step on screen. */
export function ChangeCardInsert(props: { student: Student; day: SchoolDay }) {
  const allCards = useLive(() => listCards(db));
  const [cardId, setCardId] = createSignal('');
  const { busy, status, save } = useSave();

  const insert = async (event: SubmitEvent) => {
    event.preventDefault();
    const card = allCards()?.find((candidate) => candidate.id === cardId());
    if (!card) return;
    await save(
      async () => {
        await insertChangeCard(db, adultSession(), props.student.id, props.day, card.id, clock.now());
      },
      t('today.changeInserted', { label: card.label }),
    );
  };

  return (
    <>
      <Show when={(allCards() ?? []).length > 0} fallback={<p class="empty">{t('today.noCards')}</p>}>
        <form class="form inline" onSubmit={insert}>
          <label for={`change-card-${props.student.id}`}>{t('today.changeCard')}</label>
          <select
            id={`change-card-${props.student.id}`}
            required
            value={cardId()}
            onChange={(event) => setCardId(event.currentTarget.value)}
          >
            <option value="">{t('today.chooseCard')}</option>
            <For each={allCards()}>{(card) => <option value={card.id}>{card.label}</option>}</For>
          </select>
          <button type="submit" class="button primary" disabled={busy()}>
            {t('today.insertChange')}
          </button>
        </form>
      </Show>
      <StatusLine status={status()} />
    </>
  );
}
