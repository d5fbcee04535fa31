import { For, Show } from 'solid-js';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { planChangesWithReaders } from '../../../db/repos/plan-changes';
import { listStaff } from '../../../db/repos/staff';
import type { PromptLevel } from '../../../domain/events';
import type { CardId, StudentId } from '../../../domain/ids';
import { schoolDayOf } from '../../../domain/time';
import { locale, t } from '../../../i18n';
import { changeWords, dayWords } from '../../components/plan-words';

/** For the teacher: each change made to the student's plans, newest first, and which adults have read it. */
export function PlanChangeReaders(props: {
  studentId: StudentId;
  labelOf: (cardId: CardId) => string;
  nameOf: (level: PromptLevel) => string;
}) {
  const changes = useLive(
    () => props.studentId,
    (id) => planChangesWithReaders(db, adultSession(), id),
  );
  const staff = useLive(() => listStaff(db));
  const readers = (ids: readonly string[]) => {
    const names = ids.map((id) => staff()?.find((member) => member.id === id)?.name ?? '');
    return names.length > 0
      ? t('plans.changeSeenBy', {
          names: new Intl.ListFormat(locale(), { type: 'conjunction' }).format(names),
        })
      : t('plans.changeSeenByNobody');
  };

  return (
    <Show when={(changes() ?? []).length > 0}>
      <section class="plan-changes-read" aria-labelledby="plan-changes-read-title">
        <h3 id="plan-changes-read-title">{t('plans.changesTitle')}</h3>
        <ul class="plan-list">
          <For each={changes()}>
            {({ change, seenBy }) => (
              <li>
                <p>
                  {dayWords(schoolDayOf(change.at))}:{' '}
                  {changeWords(change.change, props.labelOf, props.nameOf)}
                </p>
                <p class="hint">{readers(seenBy)}</p>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
