import { For, Show } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { listScales } from '../../../db/repos/scale-reads';
import type { FivePointScale } from '../../../domain/scales';
import { t } from '../../../i18n';
import { LevelChip } from '../../components/level-chip';

/** Every scale the teacher made, with its five levels at a glance. */
export function ScaleList(props: { onEdit: (scale: FivePointScale) => void }) {
  const scales = useLive(() => listScales(db));
  return (
    <section class="panel" aria-labelledby="scale-list-title">
      <h2 id="scale-list-title">{t('scales.yourScales')}</h2>
      <Show when={(scales() ?? []).length > 0} fallback={<p class="empty">{t('scales.noScales')}</p>}>
        <ul class="scale-list">
          <For each={scales()}>
            {(scale) => (
              <li class="scale-item" aria-labelledby={`scale-${scale.id}`}>
                <h3 id={`scale-${scale.id}`}>{scale.name}</h3>
                <ol class="scale-chips" aria-label={t('scales.levelsOf', { name: scale.name })}>
                  <For each={scale.levels}>
                    {(level) => (
                      <li>
                        <LevelChip level={level} />
                      </li>
                    )}
                  </For>
                </ol>
                <button type="button" class="button" onClick={() => props.onEdit(scale)}>
                  {t('scales.edit', { name: scale.name })}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
