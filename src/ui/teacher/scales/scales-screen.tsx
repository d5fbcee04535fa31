import './scales.css';
import { createSignal, For, Show } from 'solid-js';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { classroomLocaleOf } from '../../../db/repos/settings';
import type { ScaleId } from '../../../domain/ids';
import {
  type FivePointScale,
  SCALE_TEMPLATES,
  type ScaleDraft,
  type ScaleTemplate,
} from '../../../domain/scales';
import { locale, t } from '../../../i18n';
import { draftOf, ScaleEditor } from './scale-editor';
import { ScaleList } from './scale-list';
import { ScaleStudents } from './scale-students';
import { emptyDraft, templateDraft } from './template-draft';

type Start = ScaleTemplate | 'scratch';
type Editing = { scaleId?: ScaleId; start: ScaleDraft };

const isStart = (value: string): value is Start =>
  value === 'scratch' || (SCALE_TEMPLATES as readonly string[]).includes(value);

/** The teacher's five-point scales: made from a template or from scratch, and given to students. */
export function ScalesScreen() {
  const [editing, setEditing] = createSignal<Editing>();
  const [dirty, setDirty] = createSignal(false);
  const [start, setStart] = createSignal<Start>('feelings');
  // A template's main words are in the classroom's language (see classroomLocaleOf).
  const classroom = useLive(() => classroomLocaleOf(db));

  // Opening another scale over unsaved changes asks first.
  const open = (next: Editing) => {
    if (dirty() && !window.confirm(t('scales.discard'))) return;
    setDirty(false);
    setEditing(next);
    document.getElementById('scale-name')?.focus();
  };
  const make = (event: SubmitEvent) => {
    event.preventDefault();
    const from = start();
    open({ start: from === 'scratch' ? emptyDraft() : templateDraft(from, classroom() ?? locale()) });
  };
  const edit = (scale: FivePointScale) => open({ scaleId: scale.id, start: draftOf(scale) });

  return (
    <>
      <h1>{t('scales.title')}</h1>
      <p class="next-step">{t('scales.intro')}</p>
      <Show
        when={editing()}
        keyed
        fallback={
          <section class="panel" aria-labelledby="scale-make-title">
            <h2 id="scale-make-title">{t('scales.makeTitle')}</h2>
            <form class="scale-make" onSubmit={make}>
              <div class="scale-field">
                <label for="scale-start">{t('scales.startFrom')}</label>
                <select
                  id="scale-start"
                  value={start()}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    if (isStart(value)) setStart(value);
                  }}
                >
                  <For each={SCALE_TEMPLATES}>
                    {(template) => <option value={template}>{t(`scaleTemplate.${template}.name`)}</option>}
                  </For>
                  <option value="scratch">{t('scales.fromScratch')}</option>
                </select>
              </div>
              <button type="submit" class="button primary">
                {t('scales.make')}
              </button>
            </form>
          </section>
        }
      >
        {(current) => (
          <ScaleEditor
            {...(current.scaleId ? { scaleId: current.scaleId } : {})}
            start={current.start}
            onClose={() => setEditing(undefined)}
            onDirtyChange={setDirty}
          />
        )}
      </Show>
      <ScaleList onEdit={edit} />
      <ScaleStudents />
    </>
  );
}
