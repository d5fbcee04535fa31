// The reads the kiosk needs, apart from card editing, so the student's screen loads no editor code.
import type { Card } from '../../domain/cards';
import type { CardId } from '../../domain/ids';
import type { AppDb } from '../app-db';

export async function listCards(db: AppDb): Promise<Card[]> {
  const cards = await db.cards.toArray();
  return cards.sort((a, b) => a.label.localeCompare(b.label));
}

export async function cardsByIds(db: AppDb, ids: readonly CardId[]): Promise<Map<CardId, Card>> {
  const cards = await db.cards.bulkGet([...new Set(ids)]);
  return new Map(cards.flatMap((card) => (card ? [[card.id, card] as const] : [])));
}
