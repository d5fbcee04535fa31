import type { Card } from '../../domain/cards';
import type { CardId } from '../../domain/ids';
import type { PictureStyle } from '../../domain/presentation';
import type { DayProgress } from '../../domain/schedule-progress';
import type { StepActions } from './current-step';

/** What every schedule layout is given: the day's progress, its cards, and the student's taps. */
export type LayoutProps = {
  progress: DayProgress;
  cards: ReadonlyMap<CardId, Card>;
  pictureStyle: PictureStyle;
  actions: StepActions;
};
