// A package of many boards is a library, not that many choice boards: the teacher sees each board
// with its pictures and what could not be taken, picks which become choice boards and which
// buttons become cards, and only then is anything written.
import { createMemo, createSignal, For, Index, onCleanup, Show } from 'solid-js';
import { gatePicture } from '../../../db/pictures/picture-gate';
import { BOARD_MAX_OPTIONS, MIN_OPTIONS_SHOWN } from '../../../domain/boards';
import type { ImportedBoard, ImportedOption } from '../../../domain/obf/obf-import';
import type { BoardPlan, BoardUse } from '../../../domain/obf/obf-plan';
import { t } from '../../../i18n';
import { BoardNotes } from './board-import-notes';

/** Pictures shown beside a board's name before its buttons are opened. */
const PICTURES_AT_A_GLANCE = 6;

/** The picture of an option as the gate lets it through, for an <img>; none when it has none. */
function usePictureUrls(): (option: ImportedOption) => string | undefined {
  const urls = new Map<Uint8Array, string | undefined>();
  onCleanup(() => {
    for (const url of urls.values()) if (url) URL.revokeObjectURL(url);
  });
  return (option) => {
    const bytes = option.image?.bytes;
    if (!bytes) return undefined;
    if (!urls.has(bytes)) {
      const gated = gatePicture(bytes);
      urls.set(
        bytes,
        gated.ok ? URL.createObjectURL(new Blob([gated.bytes], { type: gated.type })) : undefined,
      );
    }
    return urls.get(bytes);
  };
}

function usesFor(board: ImportedBoard): BoardUse[] {
  const count = board.options.length;
  if (count === 0) return ['leave'];
  const boards: BoardUse[] =
    count > BOARD_MAX_OPTIONS ? ['split'] : count >= MIN_OPTIONS_SHOWN ? ['choice-board'] : [];
  return [...boards, 'cards', 'leave'];
}

const useText = (use: BoardUse): string =>
  use === 'choice-board'
    ? t('boards.useChoiceBoard')
    : use === 'split'
      ? t('boards.useSplit', { max: BOARD_MAX_OPTIONS })
      : use === 'cards'
        ? t('boards.useCards')
        : t('boards.useLeave');

export function BoardPreview(props: {
  fileName: string;
  boards: readonly ImportedBoard[];
  busy: boolean;
  onImport: (plans: BoardPlan[]) => void;
  onCancel: () => void;
}) {
  const pictureUrl = usePictureUrls();
  // Nothing is chosen at first: a pageset of 80 boards must not become 80 choice boards by a tap.
  const [uses, setUses] = createSignal<BoardUse[]>(props.boards.map(() => 'leave'));
  const [leftOut, setLeftOut] = createSignal<ReadonlySet<string>[]>(props.boards.map(() => new Set()));
  const chosenAny = createMemo(() => uses().some((use) => use !== 'leave'));

  const setUse = (index: number, use: BoardUse) =>
    setUses((all) => all.map((current, at) => (at === index ? use : current)));
  const toggle = (index: number, sourceId: string, keep: boolean) =>
    setLeftOut((all) =>
      all.map((set, at) => {
        if (at !== index) return set;
        const next = new Set(set);
        if (keep) next.delete(sourceId);
        else next.add(sourceId);
        return next;
      }),
    );
  const plans = (): BoardPlan[] =>
    props.boards.map((board, index) => {
      const out = leftOut()[index] ?? new Set<string>();
      return {
        use: uses()[index] ?? 'leave',
        optionIds: board.options
          .filter((option) => !out.has(option.sourceId))
          .map((option) => option.sourceId),
      };
    });

  return (
    <section class="board-preview" aria-labelledby="board-preview-title">
      <h3 id="board-preview-title">{t('boards.previewTitle', { file: props.fileName })}</h3>
      <p>{t('boards.previewIntro', { count: props.boards.length })}</p>
      <ul class="preview-boards">
        <Index each={props.boards}>
          {(board, index) => {
            const use = () => uses()[index] ?? 'leave';
            const selectId = `preview-use-${index}`;
            return (
              <li class="preview-board" aria-labelledby={`preview-board-${index}`}>
                <h4 id={`preview-board-${index}`}>{board().name}</h4>
                <div class="preview-glance" aria-hidden="true">
                  <For each={board().options.slice(0, PICTURES_AT_A_GLANCE)}>
                    {(option) => <Show when={pictureUrl(option)}>{(src) => <img src={src()} alt="" />}</Show>}
                  </For>
                </div>
                <label for={selectId}>{t('boards.previewUse', { name: board().name })}</label>
                <select
                  id={selectId}
                  value={use()}
                  onChange={(event) => {
                    const picked = event.currentTarget.value;
                    const known = usesFor(board()).find((choice) => choice === picked);
                    if (known) setUse(index, known);
                  }}
                >
                  <For each={usesFor(board())}>
                    {(choice) => <option value={choice}>{useText(choice)}</option>}
                  </For>
                </select>
                <Show when={use() !== 'leave'}>
                  <fieldset class="preview-options">
                    <legend>{t('boards.previewOptions', { name: board().name })}</legend>
                    <For each={board().options} fallback={<p>{t('boards.previewNoOptions')}</p>}>
                      {(option) => (
                        <label class="check-option">
                          <input
                            type="checkbox"
                            checked={!leftOut()[index]?.has(option.sourceId)}
                            onChange={(event) => toggle(index, option.sourceId, event.currentTarget.checked)}
                          />
                          <Show when={pictureUrl(option)}>{(src) => <img src={src()} alt="" />}</Show>
                          <span>{option.label}</span>
                        </label>
                      )}
                    </For>
                  </fieldset>
                </Show>
                <BoardNotes board={board()} />
              </li>
            );
          }}
        </Index>
      </ul>
      <Show when={!chosenAny()}>
        <p class="hint">{t('boards.previewNothing')}</p>
      </Show>
      <div class="board-actions">
        <button
          type="button"
          class="button primary"
          disabled={!chosenAny() || props.busy}
          onClick={() => props.onImport(plans())}
        >
          {t('boards.previewImport')}
        </button>
        <button type="button" class="button" disabled={props.busy} onClick={() => props.onCancel()}>
          {t('boards.previewCancel')}
        </button>
      </div>
    </section>
  );
}
