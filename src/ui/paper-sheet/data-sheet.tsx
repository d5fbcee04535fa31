import { For, Show } from 'solid-js';
import type { Card } from '../../domain/cards';
import type { CardId } from '../../domain/ids';
import type { SheetRow } from '../../domain/paper-sheet';
import type { Locale } from '../../domain/people';
import type { SchoolDay } from '../../domain/time';
import { textIn } from '../../i18n';
import { type SheetCodes, sheetDate } from './sheet-codes';

/**
 * The para's data sheet as it is printed, in the student's language: the day's steps in order
 * (mini-steps under their part), the plan's wait and prompt, a box for the start and, for each
 * part, one for the support, and the codes to write in them.
 */
export function DataSheet(props: {
  name: string;
  day: SchoolDay;
  locale: Locale;
  rows: readonly SheetRow[];
  cards: ReadonlyMap<CardId, Card>;
  codes: SheetCodes;
  label: string;
}) {
  const say = (key: Parameters<typeof textIn>[1], params?: Record<string, string | number>) =>
    textIn(props.locale, key, params);
  const codeOf = (level: string) => props.codes.prompts.find((each) => each.level === level)?.code ?? level;
  const planText = (row: SheetRow) => {
    const plan = row.plan;
    if (!plan) return say('dataSheet.noPlan');
    const code = codeOf(plan.prompt);
    if (plan.delay?.kind === 'progressive')
      return say('dataSheet.planGrowing', {
        seconds: plan.delaySeconds,
        step: plan.delay.stepSeconds,
        after: plan.delay.afterCorrect,
        code,
      });
    return plan.delaySeconds > 0
      ? say('dataSheet.plan', { seconds: plan.delaySeconds, code })
      : say('dataSheet.planAtOnce', { code });
  };
  return (
    <article class="paper-sheet data-sheet" lang={props.locale} aria-label={props.label}>
      <header class="paper-head">
        <h2>{say('dataSheet.sheetTitle')}</h2>
        <p>{say('dataSheet.nameDate', { name: props.name, date: sheetDate(props.locale, props.day) })}</p>
      </header>
      <table class="data-sheet-table">
        <caption class="visually-hidden">{say('dataSheet.steps')}</caption>
        <thead>
          <tr>
            <th scope="col">{say('dataSheet.colStep')}</th>
            <th scope="col">{say('dataSheet.colPlan')}</th>
            <th scope="col">{say('dataSheet.colStart')}</th>
            <th scope="col">{say('dataSheet.colSupport')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr classList={{ 'data-sheet-mini': row.parentStepId !== undefined }}>
                <th scope="row">{props.cards.get(row.cardId)?.label ?? ''}</th>
                <td>{planText(row)}</td>
                <td class="data-sheet-box" />
                <td classList={{ 'data-sheet-box': row.parentStepId === undefined }} />
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <section class="data-sheet-legend">
        <h3>{say('dataSheet.startCodes')}</h3>
        <CodeLegend codes={props.codes.prompts} />
        <h3>{say('dataSheet.supportCodes')}</h3>
        <CodeLegend codes={props.codes.supports} />
      </section>
      <p class="data-sheet-signature">{say('dataSheet.recordedBy')}: ____________________</p>
      <Show when={props.rows.length === 0}>
        <p class="empty">{say('dataSheet.noSteps')}</p>
      </Show>
    </article>
  );
}

/** Each code of the sheet beside the name it stands for. */
function CodeLegend(props: { codes: readonly { code: string; name: string }[] }) {
  return (
    <dl>
      <For each={props.codes}>
        {(each) => (
          <div>
            <dt>{each.code}</dt>
            <dd>{each.name}</dd>
          </div>
        )}
      </For>
    </dl>
  );
}
