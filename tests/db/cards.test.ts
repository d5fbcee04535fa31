import { beforeEach, describe, expect, test } from 'vitest';
import type { AppDb } from '../../src/db/app-db';
import { listCards } from '../../src/db/repos/card-reads';
import { createCard, updateCard } from '../../src/db/repos/cards';
import { pictureBlob } from '../../src/db/repos/media-reads';
import { completeSetup } from '../../src/db/repos/setup';
import { addStaff, signIn } from '../../src/db/repos/staff';
import { PICTURE_MAX_BYTES } from '../../src/domain/cards';
import { type CardId, ulid } from '../../src/domain/ids';
import type { AdultSession } from '../../src/domain/people';
import { freshDb } from '../support/fresh-db';

const NOW = Date.UTC(2026, 8, 1, 7, 30);
const SYMBOL_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="8"></circle></svg>';
const symbolBlob = () => new Blob([SYMBOL_SVG], { type: 'image/svg+xml' });

let db: AppDb;
let teacher: AdultSession;
beforeEach(async () => {
  db = freshDb();
  ({ session: teacher } = await completeSetup(
    db,
    { teacherName: 'Ms. Rivera', pin: '2468', studentName: 'Ana' },
    NOW,
  ));
});

const nothingWritten = async () => {
  expect(await db.cards.count()).toBe(0);
  expect(await db.media.count()).toBe(0);
};

describe('creating cards', () => {
  test('a card with a symbol is stored together with its picture', async () => {
    const card = await createCard(
      db,
      teacher,
      { label: '  Lunch ', spokenText: 'Time for lunch', picture: { blob: symbolBlob(), kind: 'symbol' } },
      NOW,
    );

    expect(card).toMatchObject({
      label: 'Lunch',
      spokenText: 'Time for lunch',
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(card.picture?.kind).toBe('symbol');
    expect(await listCards(db)).toEqual([card]);
    const media = await db.media.toArray();
    expect(media).toHaveLength(1);
    expect(media[0]).toMatchObject({ id: card.picture?.mediaId, ownerId: card.id, updatedAt: NOW });
    const stored = card.picture ? await pictureBlob(db, card.picture.mediaId) : undefined;
    expect(stored?.type).toBe('image/svg+xml');
    expect(await stored?.text()).toBe(SYMBOL_SVG);
  });

  test('if the card cannot be written, its picture is not left behind', async () => {
    db.cards.hook('creating', () => {
      throw new Error('disk trouble');
    });

    await expect(
      createCard(db, teacher, { label: 'Lunch', picture: { blob: symbolBlob(), kind: 'symbol' } }, NOW),
    ).rejects.toMatchObject({ code: 'write-failed' });
    await nothingWritten();
  });

  test('a written card has no picture and no media; blank spoken text is left out', async () => {
    const card = await createCard(db, teacher, { label: 'Reading', spokenText: '   ' }, NOW);

    expect(card.picture).toBeUndefined();
    expect(card).not.toHaveProperty('spokenText');
    expect(await db.cards.count()).toBe(1);
    expect(await db.media.count()).toBe(0);
  });

  test('a para cannot create cards, and nothing is written', async () => {
    const para = await addStaff(db, teacher, { name: 'Mr. Lee', role: 'para', pin: '1357' }, NOW);
    const paraSession = await signIn(db, para.id, '1357', NOW);
    const input = { label: 'Lunch', picture: { blob: symbolBlob(), kind: 'symbol' } };

    await expect(createCard(db, paraSession, input, NOW)).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(createCard(db, undefined, input, NOW)).rejects.toMatchObject({ code: 'not-allowed' });
    await nothingWritten();
  });

  test.each([
    [
      'a picture that is not an image',
      { label: 'Lunch', picture: { blob: new Blob(['hi'], { type: 'text/html' }), kind: 'photo' } },
    ],
    [
      'an empty picture',
      { label: 'Lunch', picture: { blob: new Blob([], { type: 'image/jpeg' }), kind: 'photo' } },
    ],
    [
      'an oversized picture',
      {
        label: 'Lunch',
        picture: {
          blob: new Blob([new Uint8Array(PICTURE_MAX_BYTES + 1)], { type: 'image/jpeg' }),
          kind: 'photo',
        },
      },
    ],
    ['a picture of an unknown kind', { label: 'Lunch', picture: { blob: symbolBlob(), kind: 'drawing' } }],
    ['a picture that is not a Blob', { label: 'Lunch', picture: { blob: SYMBOL_SVG, kind: 'symbol' } }],
    ['an empty label', { label: '   ', picture: { blob: symbolBlob(), kind: 'symbol' } }],
    ['a label over 60 characters', { label: 'x'.repeat(61) }],
  ])('refuses %s and writes nothing', async (_, input) => {
    await expect(createCard(db, teacher, input, NOW)).rejects.toMatchObject({ code: 'invalid-input' });
    await nothingWritten();
  });
});

describe('changing cards', () => {
  const photoBlob = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])], { type: 'image/jpeg' });
  const withSymbol = () =>
    createCard(db, teacher, { label: 'Lunch', picture: { blob: symbolBlob(), kind: 'symbol' } }, NOW);

  test('new words keep the picture, the id and the creation time', async () => {
    const card = await withSymbol();
    const changed = await updateCard(
      db,
      teacher,
      card.id,
      { label: ' Lunch time ', spokenText: 'Time to eat', picture: 'keep' },
      NOW + 1,
    );

    expect(changed).toEqual({ ...card, label: 'Lunch time', spokenText: 'Time to eat', updatedAt: NOW + 1 });
    expect(await listCards(db)).toEqual([changed]);
    expect(await db.media.count()).toBe(1);
  });

  test('a new picture replaces the old one, which is removed with it', async () => {
    const card = await withSymbol();
    const changed = await updateCard(
      db,
      teacher,
      card.id,
      { label: 'Lunch', picture: { blob: photoBlob(), kind: 'photo' } },
      NOW + 1,
    );

    expect(changed.picture?.kind).toBe('photo');
    expect(changed.picture?.mediaId).not.toBe(card.picture?.mediaId);
    const media = await db.media.toArray();
    expect(media.map((row) => row.id)).toEqual([changed.picture?.mediaId]);
    expect(media[0]?.ownerId).toBe(card.id);
  });

  test('a card made words-only loses its picture and its media row', async () => {
    const card = await withSymbol();
    const changed = await updateCard(db, teacher, card.id, { label: 'Lunch' }, NOW + 1);

    expect(changed.picture).toBeUndefined();
    expect(await db.media.count()).toBe(0);
  });

  test('only a teacher changes a card, only a card that exists, and bad input changes nothing', async () => {
    const card = await withSymbol();
    const para = await addStaff(db, teacher, { name: 'Mr. Lee', role: 'para', pin: '1357' }, NOW);
    const paraSession = await signIn(db, para.id, '1357', NOW);
    const change = { label: 'Other', picture: 'keep' };

    await expect(updateCard(db, paraSession, card.id, change, NOW)).rejects.toMatchObject({
      code: 'not-allowed',
    });
    await expect(updateCard(db, teacher, ulid<'card'>(NOW) as CardId, change, NOW)).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(
      updateCard(db, teacher, card.id, { label: '  ', picture: { blob: photoBlob(), kind: 'photo' } }, NOW),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(
      updateCard(
        db,
        teacher,
        card.id,
        { label: 'Lunch', picture: { blob: new Blob(['x'], { type: 'text/html' }), kind: 'photo' } },
        NOW,
      ),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await listCards(db)).toEqual([card]);
    expect(await db.media.count()).toBe(1);
  });
});
