import './paper.css';
import { createMemo, createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import { clock } from '../../../app/clock';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { listBoards } from '../../../db/repos/board-reads';
import { cardsByIds } from '../../../db/repos/card-reads';
import { scaleById } from '../../../db/repos/scale-reads';
import { scheduleToEdit } from '../../../db/repos/schedules';
import { listStudents } from '../../../db/repos/student-reads';
import { optionsFor } from '../../../domain/boards';
import type { CardId } from '../../../domain/ids';
import { DEFAULT_PRESENTATION } from '../../../domain/presentation';
import { schoolDayOf } from '../../../domain/time';
import { loadLocale, t, textIn } from '../../../i18n';
import '../../../i18n/kiosk-tokens';
import { StudentOptions } from '../../components/student-choice';
import { formatDay } from '../review/format';
import { isSlotKey, SLOT_KEYS, type SlotKey, slotName, slotOf } from '../schedules/slots';
import {
  CardsSheet,
  FirstThenSheet,
  PAPER_CARD_SIZES,
  type PaperCardSize,
  ScaleSheet,
  TokenSheet,
} from './paper-sheets';

const WHATS = ['schedule', 'strip', 'first-then', 'board', 'tokens', 'scale'] as const;
type What = (typeof WHATS)[number];

/**
 * Paper that matches the screen, for the days and places without the tablet: a student's
 * schedule (cards to cut out, or a strip), first/then, a choice board, the token board and the
 * five-point scale, with the same pictures, words and colours, in the student's language.
 */
export function PaperScreen() {
  const students = useLive(() => listStudents(db));
  const boards = useLive(() => listBoards(db));
  const today = schoolDayOf(clock.now());
  const [studentId, setStudentId] = createSignal<string>();
  const [what, setWhat] = createSignal<What>('schedule');
  const [slotKey, setSlotKey] = createSignal<SlotKey>('today');
  const [boardId, setBoardId] = createSignal<string>();
  const [size, setSize] = createSignal<PaperCardSize>('5cm');
  const student = createMemo(() => {
    const list = students() ?? [];
    return list.find((candidate) => candidate.id === studentId()) ?? list[0];
  });
  const board = () => boards()?.find((candidate) => candidate.id === boardId()) ?? boards()?.[0];
  const schedule = useLive(
    () => ({ id: student()?.id, slot: slotOf(slotKey(), today) }),
    async ({ id, slot }) => (id ? (await scheduleToEdit(db, id, slot)).items : []),
  );
  const scale = useLive(
    () => student()?.scale?.scaleId,
    async (id) => (id ? await scaleById(db, id) : undefined),
  );
  const reinforcers = () => {
    const boardOfTokens = boards()?.find((each) => each.id === student()?.tokens?.reinforcerBoardId);
    const current = student();
    return boardOfTokens && current
      ? optionsFor(boardOfTokens, current.id).map((option) => option.cardId)
      : [];
  };
  const cardIds = createMemo((): CardId[] => {
    const current = student();
    switch (what()) {
      case 'schedule':
      case 'strip':
      case 'first-then':
        return (schedule() ?? []).map((item) => item.cardId);
      case 'board': {
        const shown = board();
        return shown && current ? optionsFor(shown, current.id).map((option) => option.cardId) : [];
      }
      case 'tokens':
        return reinforcers();
      case 'scale':
        return (scale()?.levels ?? []).flatMap((level) => (level.cardId ? [level.cardId] : []));
    }
  });
  const cards = useLive(cardIds, (ids) => cardsByIds(db, ids));
  const locale = () => student()?.locale ?? 'en';
  // The student's own language on paper: its words are loaded before the sheet shows.
  const [wordsReady] = createResource(locale, async (language) => {
    await loadLocale(language);
    return true;
  });
  const style = () => (student()?.presentation ?? DEFAULT_PRESENTATION).pictureStyle;
  const sheetTitle = () => {
    switch (what()) {
      case 'board':
        return board()?.name ?? '';
      case 'tokens':
        return textIn(locale(), 'kioskTokens.title');
      case 'scale':
        return scale()?.name ?? '';
      default:
        return slotName(slotOf(slotKey(), today));
    }
  };
  const sheet = () => ({ cards: cards() ?? new Map(), style: style(), size: size() });

  return (
    <>
      <h1 class="no-print">{t('paper.title')}</h1>
      <p class="next-step no-print">{t('paper.intro')}</p>
      <Show when={student()} fallback={<p class="empty">{t('schedules.noStudents')}</p>}>
        {(current) => (
          <>
            <form class="panel paper-choice no-print" onSubmit={(event) => event.preventDefault()}>
              <label for="paper-student">{t('paper.student')}</label>
              <select id="paper-student" onChange={(event) => setStudentId(event.currentTarget.value)}>
                <StudentOptions students={students()} selected={current()} />
              </select>
              <label for="paper-what">{t('paper.what')}</label>
              <select
                id="paper-what"
                onChange={(event) =>
                  setWhat(WHATS.find((each) => each === event.currentTarget.value) ?? 'schedule')
                }
              >
                <For each={WHATS}>
                  {(each) => (
                    <option value={each} selected={each === what()}>
                      {t(`paper.what.${each}`)}
                    </option>
                  )}
                </For>
              </select>
              <Show when={what() === 'schedule' || what() === 'strip' || what() === 'first-then'}>
                <label for="paper-slot">{t('paper.day')}</label>
                <select
                  id="paper-slot"
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    if (isSlotKey(value)) setSlotKey(value);
                  }}
                >
                  <For each={SLOT_KEYS}>
                    {(key) => (
                      <option value={key} selected={key === slotKey()}>
                        {slotName(slotOf(key, today))}
                      </option>
                    )}
                  </For>
                </select>
              </Show>
              <Show when={what() === 'board'}>
                <label for="paper-board">{t('paper.board')}</label>
                <select id="paper-board" onChange={(event) => setBoardId(event.currentTarget.value)}>
                  <For each={boards()}>
                    {(each) => (
                      <option value={each.id} selected={each.id === board()?.id}>
                        {each.name}
                      </option>
                    )}
                  </For>
                </select>
              </Show>
              <fieldset class="paper-sizes">
                <legend>{t('paper.size')}</legend>
                <For each={PAPER_CARD_SIZES}>
                  {(each) => (
                    <label>
                      <input
                        type="radio"
                        name="paper-size"
                        value={each}
                        checked={size() === each}
                        onChange={() => setSize(each)}
                      />
                      {t(`paper.size.${each}`)}
                    </label>
                  )}
                </For>
              </fieldset>
              <button type="button" class="button primary" onClick={() => window.print()}>
                {t('paper.print')}
              </button>
            </form>
            <Show when={wordsReady()}>
              <article class="paper-sheet" lang={locale()} aria-label={t('paper.preview')}>
                <header class="paper-head">
                  <h2>{sheetTitle()}</h2>
                  <p>
                    {current().name} · {formatDay(today)}
                  </p>
                </header>
                <Switch fallback={<p class="empty no-print">{t('paper.nothing')}</p>}>
                  <Match when={(what() === 'schedule' || what() === 'strip') && cardIds().length > 0}>
                    <CardsSheet {...sheet()} cardIds={cardIds()} strip={what() === 'strip'} />
                  </Match>
                  <Match when={what() === 'first-then' && cardIds()[0]}>
                    {(first) => (
                      <FirstThenSheet {...sheet()} first={first()} then={cardIds()[1]} locale={locale()} />
                    )}
                  </Match>
                  <Match when={what() === 'board' && cardIds().length > 0}>
                    <CardsSheet {...sheet()} cardIds={cardIds()} strip={false} />
                  </Match>
                  <Match when={what() === 'tokens' && current().tokens}>
                    {(plan) => (
                      <TokenSheet
                        {...sheet()}
                        spots={plan().spots}
                        reinforcers={cardIds()}
                        locale={locale()}
                      />
                    )}
                  </Match>
                  <Match when={what() === 'scale' && scale()}>
                    {(shown) => <ScaleSheet {...sheet()} scale={shown()} />}
                  </Match>
                </Switch>
              </article>
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
