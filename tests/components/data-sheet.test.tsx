import { render, screen, within } from '@solidjs/testing-library';
import { expect, test } from 'vitest';
import type { Card } from '../../src/domain/cards';
import type { CardId, StepId } from '../../src/domain/ids';
import { sheetRows } from '../../src/domain/paper-sheet';
import type { SchoolDay } from '../../src/domain/time';
import { DataSheet } from '../../src/ui/paper-sheet/data-sheet';
import { sheetCodes } from '../../src/ui/paper-sheet/sheet-codes';

const card = (id: string, label: string): Card => ({ id: id as CardId, label, createdAt: 0, updatedAt: 0 });
const CARDS = [card('01K000000000000000000000C1', 'Llegada'), card('01K000000000000000000000C2', 'Lápiz')];
const [arrival, pencil] = CARDS as [Card, Card];
const rows = sheetRows(
  [
    {
      id: '01K000000000000000000000S1' as StepId,
      cardId: arrival.id,
      miniSteps: [{ id: '01K000000000000000000000S2' as StepId, cardId: pencil.id }],
    },
  ],
  new Map([[arrival.id, { prompt: 'verbal', delaySeconds: 3 }]]),
);

test('a Spanish student’s sheet: their words, the classroom’s own names for the levels, and their codes', () => {
  // The teacher calls the verbal prompt "Le digo" and offers a peer's cue.
  const codes = sheetCodes('es', { verbal: { name: 'Le digo' }, peer: { shown: true } });
  render(() => (
    <DataSheet
      name="Ana"
      day={'2026-09-07' as SchoolDay}
      locale="es"
      rows={rows}
      cards={new Map(CARDS.map((each) => [each.id, each]))}
      codes={codes}
      label="Lo que se imprimirá"
    />
  ));
  const sheet = screen.getByRole('article', { name: 'Lo que se imprimirá' });
  expect(sheet.getAttribute('lang')).toBe('es');
  expect(sheet.textContent).toContain('Ana · lunes, 7 de septiembre de 2026');
  const table = within(sheet).getByRole('table', { name: 'Los pasos del día' });
  const [, first, mini] = within(table).getAllByRole('row');
  expect(first?.textContent).toBe('Llegada3 s, luego D');
  expect(mini?.textContent).toBe('LápizSin plan');
  expect(codes.prompts.map((each) => `${each.code} ${each.name}`)).toEqual([
    'I Independiente',
    'C Compañero',
    'G Gestual',
    'D Le digo',
    'M Modelo',
    'FP Físico parcial',
    'FT Físico total',
  ]);
  expect(within(sheet).getByText('Inicio: escriba lo que hizo falta')).toBeTruthy();
  expect(within(sheet).getByText('El maestro ayuda a empezar')).toBeTruthy();
});

test('a growing wait is written with its step, so the paper follows the plan too', () => {
  const growingRows = sheetRows(
    [{ id: '01K000000000000000000000S1' as StepId, cardId: arrival.id, miniSteps: [] }],
    new Map([
      [
        arrival.id,
        {
          prompt: 'verbal',
          delaySeconds: 4,
          delay: { kind: 'progressive', zeroDelayDays: 0, stepSeconds: 2, afterCorrect: 3, maxSeconds: 10 },
        },
      ],
    ]),
  );
  render(() => (
    <DataSheet
      name="Ana"
      day={'2026-09-07' as SchoolDay}
      locale="en"
      rows={growingRows}
      cards={new Map(CARDS.map((each) => [each.id, each]))}
      codes={sheetCodes('en', {})}
      label="What will print"
    />
  ));
  const table = within(screen.getByRole('article', { name: 'What will print' })).getByRole('table');
  const [, first] = within(table).getAllByRole('row');
  expect(first?.textContent).toContain('4 s (+2 s per 3 ✓), then V');
});
