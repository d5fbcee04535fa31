import { createSignal } from 'solid-js';

export type Drag = { from: number; to: number };

/**
 * Reordering a list by dragging a row's handle, with a finger or a mouse (pointer events work for
 * both, where HTML drag and drop does not on tablets). The buttons beside each row do the same
 * for a keyboard or a switch.
 */
export function createDragReorder(onMove: (from: number, to: number) => void) {
  const [drag, setDrag] = createSignal<Drag>();
  let list: HTMLElement | undefined;

  // The place the row would take: how many of the other rows have their middle above the pointer.
  const targetAt = (from: number, y: number): number => {
    const rows = list ? [...list.children] : [];
    return rows.filter((row, index) => {
      if (index === from) return false;
      const box = row.getBoundingClientRect();
      return box.top + box.height / 2 < y;
    }).length;
  };

  const handle = (index: () => number) => ({
    onPointerDown(event: PointerEvent) {
      if (!event.isPrimary || event.button !== 0) return;
      event.preventDefault();
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
      setDrag({ from: index(), to: index() });
    },
    onPointerMove(event: PointerEvent) {
      const current = drag();
      if (current) setDrag({ ...current, to: targetAt(current.from, event.clientY) });
    },
    onPointerUp() {
      const current = drag();
      setDrag(undefined);
      if (current && current.from !== current.to) onMove(current.from, current.to);
    },
    onPointerCancel() {
      setDrag(undefined);
    },
  });

  return {
    drag,
    handle,
    setList(element: HTMLElement) {
      list = element;
    },
  };
}

/** Where a row stands in a drag: the row being moved, or the row the line is drawn beside. */
export function dragClass(drag: Drag | undefined, index: number): string | undefined {
  if (!drag) return undefined;
  if (index === drag.from) return 'dragging';
  if (index === drag.to) return drag.to > drag.from ? 'drop-after' : 'drop-before';
  return undefined;
}
