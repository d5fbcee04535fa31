import { createSignal, For } from 'solid-js';
import type { Card } from '../../../domain/cards';
import type { CardId } from '../../../domain/ids';

/** A card picked from a list and added with one button; the list starts again empty after. */
export function CardChooser(props: {
  id: string;
  cards: readonly Card[];
  selectLabel: string;
  placeholder: string;
  buttonLabel: string;
  disabled?: boolean;
  onAdd: (cardId: CardId) => void;
}) {
  const [chosen, setChosen] = createSignal('');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const card = props.cards.find((candidate) => candidate.id === chosen());
    if (!card) return;
    props.onAdd(card.id);
    setChosen('');
  };
  return (
    <form class="card-chooser" onSubmit={submit}>
      <label for={props.id}>{props.selectLabel}</label>
      <select
        id={props.id}
        required
        value={chosen()}
        disabled={props.disabled}
        onChange={(event) => setChosen(event.currentTarget.value)}
      >
        <option value="">{props.placeholder}</option>
        <For each={props.cards}>{(card) => <option value={card.id}>{card.label}</option>}</For>
      </select>
      <button type="submit" class="button" disabled={props.disabled}>
        {props.buttonLabel}
      </button>
    </form>
  );
}
