// The daily note home, drafted from the day's records for any signed-in adult: the para who was
// there adds a sentence as readily as the teacher.
import type { Card } from '../../domain/cards';
import { draftHomeNote, type HomeNoteDraft } from '../../domain/home-note';
import { type HomeWeekSummary, schoolWeekOf, summarizeWeek } from '../../domain/home-week';
import type { CardId, StudentId } from '../../domain/ids';
import type { AdultSession } from '../../domain/people';
import type { SchoolDay } from '../../domain/time';
import type { AppDb } from '../app-db';
import { requireAdult } from './access';
import { cardsByIds } from './card-reads';
import { eventsOfStudentDay } from './events';
import { scheduleFor } from './schedule-reads';

export async function homeNoteOf(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  day: SchoolDay,
): Promise<{ draft: HomeNoteDraft; cards: Map<CardId, Card> }> {
  requireAdult(session);
  const [events, schedule] = await Promise.all([
    eventsOfStudentDay(db, studentId, day),
    scheduleFor(db, studentId, { kind: 'day', day }),
  ]);
  const draft = draftHomeNote(events, schedule?.items ?? []);
  return { draft, cards: await cardsByIds(db, draft.onTheirOwn) };
}

/** The school week that holds `day`, each day drafted as its own note and put together for the family. */
export async function homeWeekOf(
  db: AppDb,
  session: AdultSession | undefined,
  studentId: StudentId,
  day: SchoolDay,
): Promise<{ week: HomeWeekSummary; cards: Map<CardId, Card> }> {
  requireAdult(session);
  const days = await Promise.all(
    schoolWeekOf(day).map(async (each) => {
      const [events, schedule] = await Promise.all([
        eventsOfStudentDay(db, studentId, each),
        scheduleFor(db, studentId, { kind: 'day', day: each }),
      ]);
      return { day: each, draft: draftHomeNote(events, schedule?.items ?? []) };
    }),
  );
  const week = summarizeWeek(days);
  return { week, cards: await cardsByIds(db, week.onTheirOwn) };
}
