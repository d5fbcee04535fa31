import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { setProgressView } from '../../../db/repos/review';
import { PROGRESS_VIEWS, type ProgressView, type Student } from '../../../domain/people';
import { t } from '../../../i18n';
import { ChoiceGroup } from '../../components/choice-group';
import { StatusLine } from '../../components/status-line';
import { useSave } from '../../components/use-save';

const CHOICES = ['none', ...PROGRESS_VIEWS] as const;
type Choice = (typeof CHOICES)[number];

/** Whether the student sees their own progress on the kiosk, and as what; saved on the tap. */
export function ProgressViewChoice(props: { student: Student }) {
  const { status, save: runSave } = useSave();
  const choose = async (choice: Choice) => {
    const view: ProgressView | undefined = choice === 'none' ? undefined : choice;
    await runSave(
      async () => {
        await setProgressView(db, adultSession(), props.student.id, view, clock.now());
      },
      t('review.progressViewSaved', { name: props.student.name }),
    );
  };
  return (
    <section class="panel no-print" aria-labelledby="progress-view-title">
      <h2 id="progress-view-title">{t('review.progressViewTitle', { name: props.student.name })}</h2>
      <ChoiceGroup
        legend={t('review.progressViewLegend')}
        name="progress-view"
        options={CHOICES}
        labelOf={(choice) => t(`review.progressView.${choice}`)}
        value={props.student.progressView ?? 'none'}
        onChange={(choice) => void choose(choice)}
      />
      <StatusLine status={status()} />
    </section>
  );
}
