import { createMemo, createSignal, For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { saveBoard } from '../../../db/repos/boards';
import { listCards } from '../../../db/repos/card-reads';
import {
  BOARD_MAX_OPTIONS,
  BOARD_NAME_MAX_LENGTH,
  type ChoiceBoard,
  MIN_OPTIONS_SHOWN,
} from '../../../domain/boards';
import type { CardId, OptionId } from '../../../domain/ids';
import { moveItem } from '../../../domain/schedule';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { StoredPicture } from '../../components/stored-picture';
import { useSave } from '../../components/use-save';
import { CardChooser } from '../shared/card-chooser';
import { MoveButtons } from '../shared/move-buttons';

/** An option in the form: a board's own option keeps its id; a new one gets its id when saved. */
type DraftOption = { key: string; id?: OptionId; cardId: CardId };

let draftKeys = 0;
const draftOption = (cardId: CardId, id?: OptionId): DraftOption => ({
  key: `option-${++draftKeys}`,
  cardId,
  ...(id ? { id } : {}),
});

/** A new board, or the board being edited: its name and its options, in order. */
export function BoardForm(props: { editing?: ChoiceBoard; onDone?: () => void }) {
  const cards = useLive(() => listCards(db));
  const cardMap = createMemo(() => new Map((cards() ?? []).map((card) => [card.id, card])));
  const labelOf = (cardId: CardId) => cardMap().get(cardId)?.label ?? t('schedules.missingCard');
  const [name, setName] = createSignal(props.editing?.name ?? '');
  const [options, setOptions] = createSignal<DraftOption[]>(
    props.editing?.options.map((option) => draftOption(option.cardId, option.id)) ?? [],
  );
  const { busy: saving, status, setStatus, save: runSave } = useSave();
  const formId = props.editing ? `edit-${props.editing.id}` : 'new-board';

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (options().length < MIN_OPTIONS_SHOWN) {
      setStatus({ kind: 'error', text: t('boards.tooFew', { min: MIN_OPTIONS_SHOWN }) });
      return;
    }
    const input = {
      name: name(),
      options: options().map(({ id, cardId }) => (id ? { id, cardId } : { cardId })),
    };
    const board = await runSave(
      () => saveBoard(db, adultSession(), props.editing?.id, input, clock.now()),
      (saved) => t('boards.saved', { name: saved.name }),
    );
    if (!board) return;
    if (!props.editing) {
      setName('');
      setOptions([]);
    }
    props.onDone?.();
  };

  return (
    <section class="panel" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>
        {props.editing ? t('boards.editTitle', { name: props.editing.name }) : t('boards.newBoard')}
      </h2>
      <form class="form board-form" onSubmit={save} id={formId}>
        <label for={`${formId}-name`}>{t('boards.name')}</label>
        <input
          id={`${formId}-name`}
          required
          maxlength={BOARD_NAME_MAX_LENGTH}
          autocomplete="off"
          value={name()}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </form>
      <h3>{t('boards.options', { count: options().length })}</h3>
      <Show when={options().length > 0} fallback={<p class="empty">{t('boards.noOptions')}</p>}>
        <ol class="option-list" aria-label={t('boards.optionListName')}>
          <For each={options()}>
            {(option, index) => (
              <li class="option-row">
                <Show when={cardMap().get(option.cardId)?.picture}>
                  {(picture) => <StoredPicture mediaId={picture().mediaId} class="option-picture" />}
                </Show>
                <span class="option-label">{labelOf(option.cardId)}</span>
                <MoveButtons
                  id={option.key}
                  label={labelOf(option.cardId)}
                  index={index()}
                  count={options().length}
                  onMove={(from, to) => setOptions(moveItem(options(), from, to))}
                  onRemove={() => setOptions(options().filter((other) => other !== option))}
                />
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={(cards() ?? []).length > 0} fallback={<p class="empty">{t('schedules.noCards')}</p>}>
        <CardChooser
          id={`${formId}-card`}
          cards={cards() ?? []}
          selectLabel={t('boards.optionCard')}
          placeholder={t('schedules.chooseCard')}
          buttonLabel={t('boards.addOption')}
          disabled={options().length >= BOARD_MAX_OPTIONS}
          onAdd={(cardId) => setOptions([...options(), draftOption(cardId)])}
        />
      </Show>
      <div class="save-row">
        <button type="submit" form={formId} class="button primary big" disabled={saving()}>
          {t('boards.save')}
        </button>
        <Show when={props.editing}>
          <button type="button" class="button" onClick={() => props.onDone?.()}>
            {t('boards.cancel')}
          </button>
        </Show>
      </div>
      <StatusLine status={status()} />
    </section>
  );
}
