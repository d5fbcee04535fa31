import { createSignal, For } from 'solid-js';
import type { StaffChange } from '../../../domain/backup/staff-changes';
import type { StaffId } from '../../../domain/ids';
import { t } from '../../../i18n';

/** One change to who may sign in, in words: who, and exactly what changes. */
export function staffChangeText(change: StaffChange): string {
  if (change.kind === 'added') {
    return t('backup.staffAdded', { name: change.name, role: t(`role.${change.role.to}`) });
  }
  const parts: string[] = [];
  const { from, to } = change.role;
  if (from !== undefined && from !== to) {
    parts.push(t('backup.staffRole', { name: change.name, from: t(`role.${from}`), to: t(`role.${to}`) }));
  }
  if (change.pinChanges) parts.push(t('backup.staffPin', { name: change.name }));
  const renamed = change.nameFrom ? t('backup.staffRenamed', { from: change.nameFrom }) : '';
  return `${parts.join('; ')}${renamed}`;
}

/**
 * Before a merge changes who may sign in, the teacher sees each change and approves it or not;
 * nothing is approved until ticked.
 */
export function StaffApproval(props: {
  changes: readonly StaffChange[];
  onMerge: (approved: StaffId[]) => void;
  onCancel: () => void;
}) {
  const [approved, setApproved] = createSignal<ReadonlySet<StaffId>>(new Set());
  const toggle = (id: StaffId, on: boolean) => {
    const next = new Set(approved());
    if (on) next.add(id);
    else next.delete(id);
    setApproved(next);
  };
  return (
    <fieldset class="backup-confirm" aria-describedby="staff-changes-hint">
      <legend>{t('backup.staffTitle')}</legend>
      <p id="staff-changes-hint">{t('backup.staffHint')}</p>
      <For each={props.changes}>
        {(change) => (
          <label class="backup-check">
            <input
              type="checkbox"
              checked={approved().has(change.id)}
              onChange={(event) => toggle(change.id, event.currentTarget.checked)}
            />
            {t('backup.approve', { change: staffChangeText(change) })}
          </label>
        )}
      </For>
      <div class="backup-actions">
        <button type="button" class="button primary" onClick={() => props.onMerge([...approved()])}>
          {t('backup.mergeApproved')}
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {t('backup.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
