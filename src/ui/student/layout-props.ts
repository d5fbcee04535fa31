import type { Card } from '../../domain/cards';
import type { AppEvent } from '../../domain/events';
import type { CardId, StudentId } from '../../domain/ids';
import type { PictureStyle } from '../../domain/presentation';
import type { DayProgress } from '../../domain/schedule-progress';
import type { SchoolDay } from '../../domain/time';
import type { StepActions } from './current-step';

/** What every schedule layout is given: the day's progress, its cards, and the student's taps. */
export type LayoutProps = {
  studentId: StudentId;
  day: SchoolDay;
  /** Today's events, for what the student has chosen so far. */
  events: readonly AppEvent[];
  progress: DayProgress;
  cards: ReadonlyMap<CardId, Card>;
  pictureStyle: PictureStyle;
  actions: StepActions;
};
