import { Index } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { setShownOptions } from '../../../db/repos/boards';
import { type ChoiceBoard, MIN_OPTIONS_SHOWN, optionsFor } from '../../../domain/boards';
import type { CardId, OptionId } from '../../../domain/ids';
import type { Student } from '../../../domain/people';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';

/**
 * Which options of a board one student sees at once: the teacher ticks them, and how many are
 * ticked is how many the student chooses from. Each tick is saved at once.
 */
export function StudentOptions(props: {
  board: ChoiceBoard;
  student: Student;
  labelOf: (cardId: CardId) => string;
}) {
  const { status, setStatus, save } = useSave();
  const shown = () => new Set(optionsFor(props.board, props.student.id).map((option) => option.id));

  const toggle = async (input: HTMLInputElement, optionId: OptionId) => {
    const next = new Set(shown());
    if (input.checked) next.add(optionId);
    else next.delete(optionId);
    if (next.size < MIN_OPTIONS_SHOWN) {
      input.checked = true;
      setStatus({ kind: 'error', text: t('boards.tooFewShown', { min: MIN_OPTIONS_SHOWN }) });
      return;
    }
    // Every option ticked is the same as no choice made: the student sees the whole board.
    const ids = props.board.options.filter((option) => next.has(option.id)).map((option) => option.id);
    const value = ids.length === props.board.options.length ? undefined : ids;
    const saved = await save(
      async () => {
        await setShownOptions(db, adultSession(), props.board.id, props.student.id, value, clock.now());
        return true;
      },
      t('boards.shownSaved', {
        name: props.student.name,
        count: ids.length,
        total: props.board.options.length,
      }),
    );
    if (!saved) input.checked = !input.checked;
  };

  return (
    <fieldset class="student-options">
      <legend>
        {t('boards.shownTo', {
          name: props.student.name,
          count: shown().size,
          total: props.board.options.length,
        })}
      </legend>
      {/* By place, not by object, so a tick keeps its focus when the saved board comes back. */}
      <Index each={props.board.options}>
        {(option) => (
          <label class="check-option">
            <input
              type="checkbox"
              checked={shown().has(option().id)}
              onChange={(event) => void toggle(event.currentTarget, option().id)}
            />
            <span>{props.labelOf(option().cardId)}</span>
          </label>
        )}
      </Index>
      <StatusLine status={status()} />
    </fieldset>
  );
}
