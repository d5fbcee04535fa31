import { Show } from 'solid-js';
import { t } from '../../../i18n';

/**
 * Move up, Move down and Remove for one row. After a move, focus follows the row to its new
 * place, so a keyboard user can press the same button again. A compact row shows arrows and the
 * short word Remove; each button's name still says which row it moves or removes.
 */
export function MoveButtons(props: {
  id: string;
  label: string;
  index: number;
  count: number;
  compact?: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
}) {
  const upId = (id: string) => `move-up-${id}`;
  const downId = (id: string) => `move-down-${id}`;
  const move = (to: number) => {
    // Read before the move: afterwards this row may show another step.
    const { id, index, count } = props;
    props.onMove(index, to);
    const atEdge = to === 0 || to === count - 1;
    const wanted = to < index ? upId(id) : downId(id);
    const other = to < index ? downId(id) : upId(id);
    document.getElementById(atEdge ? other : wanted)?.focus();
  };
  const content = (name: string, short: string) => (
    <Show when={props.compact} fallback={name}>
      <span aria-hidden="true">{short}</span>
      <span class="visually-hidden">{name}</span>
    </Show>
  );
  return (
    <div class={props.compact ? 'move-buttons compact' : 'move-buttons'}>
      <button
        id={upId(props.id)}
        type="button"
        class="button"
        disabled={props.index === 0}
        onClick={() => move(props.index - 1)}
      >
        {content(t('schedules.moveUp', { label: props.label }), '↑')}
      </button>
      <button
        id={downId(props.id)}
        type="button"
        class="button"
        disabled={props.index === props.count - 1}
        onClick={() => move(props.index + 1)}
      >
        {content(t('schedules.moveDown', { label: props.label }), '↓')}
      </button>
      <button type="button" class="button danger" onClick={() => props.onRemove()}>
        {content(t('schedules.remove', { label: props.label }), t('schedules.removeShort'))}
      </button>
    </div>
  );
}
