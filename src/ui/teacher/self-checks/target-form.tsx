import { createMemo, createSignal, For, Show } from 'solid-js';
import { clock } from '../../../app/clock';
import { adultSession } from '../../../app/session';
import { db } from '../../../db/instance';
import { useLive } from '../../../db/live';
import { listCards } from '../../../db/repos/card-reads';
import { schedulesToAskAfter } from '../../../db/repos/target-reads';
import { saveTarget } from '../../../db/repos/targets';
import type { CardId, StepId } from '../../../domain/ids';
import type { Student } from '../../../domain/people';
import {
  ANSWER_KINDS,
  type AnswerKind,
  CHECK_FREQUENCIES,
  type CheckFrequency,
  TARGET_QUESTION_MAX_LENGTH,
  type Target,
} from '../../../domain/self-monitoring';
import { schoolDayOf } from '../../../domain/time';
import { t } from '../../../i18n';
import { ChoiceGroup } from '../../components/choice-group';
import { StatusLine } from '../../components/status-line';
import { StoredPicture } from '../../components/stored-picture';
import { useSave } from '../../components/use-save';
import { CardChooser } from '../shared/card-chooser';
import { filledQuestions, QuestionLanguages, typedQuestionsOf } from './question-languages';
import { StepChoice } from './step-choice';
import { checksWords, INTERVAL_CHOICES, intervalWords } from './target-words';

const WHEN_KINDS = ['interval', 'after-steps'] as const;
type WhenKind = (typeof WHEN_KINDS)[number];
/** A new question comes every five minutes until the teacher says otherwise. */
const NEW_INTERVAL_SECONDS = 300;

/** A new self-check for a student, or the one being edited. */
export function TargetForm(props: {
  student: Student;
  editing?: Target;
  /** After an edit is saved (with the words saying so) or cancelled. */
  onDone?: (saved?: string) => void;
}) {
  const cards = useLive(() => listCards(db));
  const cardMap = createMemo(() => new Map((cards() ?? []).map((card) => [card.id, card])));
  const schedules = useLive(
    () => props.student.id,
    (id) => schedulesToAskAfter(db, id, schoolDayOf(clock.now())),
  );
  const labelOf = (cardId: CardId) => cardMap().get(cardId)?.label ?? t('schedules.missingCard');
  const saved = props.editing;
  const [question, setQuestion] = createSignal(saved?.question ?? '');
  const [questionsIn, setQuestionsIn] = createSignal(typedQuestionsOf(saved));
  const [cardId, setCardId] = createSignal<CardId | undefined>(saved?.cardId);
  const [answer, setAnswer] = createSignal<AnswerKind>(saved?.answer ?? 'yes-no');
  const [whenKind, setWhenKind] = createSignal<WhenKind>(saved?.when.kind ?? 'interval');
  const [seconds, setSeconds] = createSignal(
    saved?.when.kind === 'interval' ? saved.when.seconds : NEW_INTERVAL_SECONDS,
  );
  const [stepIds, setStepIds] = createSignal<ReadonlySet<StepId>>(
    new Set(saved?.when.kind === 'after-steps' ? saved.when.stepIds : []),
  );
  const [during, setDuring] = createSignal<ReadonlySet<CardId>>(
    new Set(saved?.when.kind === 'interval' ? (saved.when.during ?? []) : []),
  );
  const [countdown, setCountdown] = createSignal(saved ? saved.countdown !== false : false);
  // The activities of the student's schedules, each once, in the order they first come.
  const activities = createMemo(() => [
    ...new Set((schedules() ?? []).flatMap((schedule) => schedule.items.map((item) => item.cardId))),
  ]);
  const toggleDuring = (activity: CardId, on: boolean) => {
    const next = new Set(during());
    if (on) next.add(activity);
    else next.delete(activity);
    setDuring(next);
  };
  const [sound, setSound] = createSignal(saved?.sound ?? true);
  const [checks, setChecks] = createSignal<CheckFrequency>(saved?.checks ?? 'every');
  const [tokenOnMatch, setTokenOnMatch] = createSignal(saved?.tokenOnMatch ?? false);
  const { busy: saving, status, setStatus, save: runSave } = useSave();
  const formId = saved ? `edit-${saved.id}` : 'new-target';
  const name = () => props.student.name;
  // An interval saved outside the usual choices stays one of them.
  const intervals = () => [...new Set([...INTERVAL_CHOICES, seconds()])].sort((a, b) => a - b);

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (whenKind() === 'after-steps' && stepIds().size === 0) {
      setStatus({ kind: 'error', text: t('selfChecks.chooseSteps') });
      return;
    }
    const input = {
      question: question(),
      inLanguages: filledQuestions(questionsIn()),
      ...(cardId() ? { cardId: cardId() } : {}),
      answer: answer(),
      when:
        whenKind() === 'interval'
          ? { kind: 'interval', seconds: seconds(), during: [...during()] }
          : { kind: 'after-steps', stepIds: [...stepIds()] },
      sound: sound(),
      countdown: countdown(),
      checks: checks(),
      tokenOnMatch: tokenOnMatch(),
    };
    const words = (target: { question: string }) =>
      t('selfChecks.saved', { question: target.question, name: name() });
    // An edit hands its words to the list it closes into; a new question says them here.
    const target = await runSave(
      () => saveTarget(db, adultSession(), props.student.id, saved?.id, input, clock.now()),
      (stored) => (saved ? undefined : words(stored)),
    );
    if (!target) return;
    if (saved) {
      props.onDone?.(words(target));
      return;
    }
    setQuestion('');
    setQuestionsIn({});
    setCardId(undefined);
    setStepIds(new Set<StepId>());
    setDuring(new Set<CardId>());
  };

  return (
    <section class="panel" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>
        {saved
          ? t('selfChecks.editTitle', { question: saved.question })
          : t('selfChecks.newTitle', { name: name() })}
      </h2>
      <form class="form target-form" id={formId} onSubmit={save}>
        <label for={`${formId}-question`}>{t('selfChecks.question')}</label>
        <input
          id={`${formId}-question`}
          required
          maxlength={TARGET_QUESTION_MAX_LENGTH}
          autocomplete="off"
          aria-describedby={`${formId}-question-hint`}
          value={question()}
          onInput={(event) => setQuestion(event.currentTarget.value)}
        />
        <p class="hint" id={`${formId}-question-hint`}>
          {t('selfChecks.questionHint')}
        </p>
      </form>
      <QuestionLanguages
        formId={formId}
        saved={saved}
        typed={questionsIn()}
        onType={(language, typed) => setQuestionsIn((all) => ({ ...all, [language]: { question: typed } }))}
      />
      <div class="target-picture">
        <Show when={cardId()} fallback={<p class="empty">{t('selfChecks.noPicture')}</p>}>
          {(chosen) => (
            <p class="target-picture-chosen">
              <Show when={cardMap().get(chosen())?.picture}>
                {(picture) => <StoredPicture mediaId={picture().mediaId} class="target-picture-image" />}
              </Show>
              <span>{t('selfChecks.pictureIs', { label: labelOf(chosen()) })}</span>
              <button type="button" class="button" onClick={() => setCardId(undefined)}>
                {t('selfChecks.removePicture')}
              </button>
            </p>
          )}
        </Show>
        <Show when={(cards() ?? []).length > 0} fallback={<p class="empty">{t('schedules.noCards')}</p>}>
          <CardChooser
            id={`${formId}-card`}
            cards={cards() ?? []}
            selectLabel={t('selfChecks.picture')}
            placeholder={t('selfChecks.choosePicture')}
            buttonLabel={t('selfChecks.usePicture')}
            onAdd={setCardId}
          />
        </Show>
      </div>
      <ChoiceGroup
        legend={t('selfChecks.answer')}
        name={`${formId}-answer`}
        options={ANSWER_KINDS}
        labelOf={(kind) => t(`selfChecks.answer.${kind}`)}
        value={answer()}
        onChange={setAnswer}
      />
      <ChoiceGroup
        legend={t('selfChecks.when')}
        name={`${formId}-when`}
        options={WHEN_KINDS}
        labelOf={(kind) => t(`selfChecks.when.${kind}`)}
        value={whenKind()}
        onChange={setWhenKind}
      />
      <Show when={whenKind() === 'interval'}>
        <div class="target-field">
          <label for={`${formId}-interval`}>{t('selfChecks.every')}</label>
          <select
            id={`${formId}-interval`}
            form={formId}
            value={seconds()}
            onChange={(event) => setSeconds(Number(event.currentTarget.value))}
          >
            <For each={intervals()}>{(each) => <option value={each}>{intervalWords(each)}</option>}</For>
          </select>
          <p class="hint">{t('selfChecks.intervalHint')}</p>
        </div>
        <Show when={activities().length > 0}>
          <fieldset class="target-steps">
            <legend>{t('selfChecks.during')}</legend>
            <p class="hint">{t('selfChecks.duringHint')}</p>
            <For each={activities()}>
              {(activity) => (
                <label class="target-check">
                  <input
                    type="checkbox"
                    checked={during().has(activity)}
                    onChange={(event) => toggleDuring(activity, event.currentTarget.checked)}
                  />
                  <span>{labelOf(activity)}</span>
                </label>
              )}
            </For>
          </fieldset>
        </Show>
        <label class="target-check">
          <input
            type="checkbox"
            checked={countdown()}
            onChange={(event) => setCountdown(event.currentTarget.checked)}
          />
          <span>{t('selfChecks.countdown')}</span>
        </label>
      </Show>
      <Show when={whenKind() === 'after-steps'}>
        <Show
          when={(schedules() ?? []).length > 0}
          fallback={<p class="empty">{t('selfChecks.noSteps', { name: name() })}</p>}
        >
          <StepChoice
            schedules={schedules() ?? []}
            labelOf={labelOf}
            chosen={stepIds()}
            onChange={setStepIds}
          />
        </Show>
      </Show>
      <label class="target-check">
        <input
          type="checkbox"
          checked={sound()}
          onChange={(event) => setSound(event.currentTarget.checked)}
        />
        <span>{t('selfChecks.sound')}</span>
      </label>
      <ChoiceGroup
        legend={t('selfChecks.checks')}
        name={`${formId}-checks`}
        options={CHECK_FREQUENCIES}
        labelOf={checksWords}
        value={checks()}
        onChange={setChecks}
      />
      <p class="hint">{t('selfChecks.checksHint')}</p>
      <label class="target-check">
        <input
          type="checkbox"
          checked={tokenOnMatch()}
          onChange={(event) => setTokenOnMatch(event.currentTarget.checked)}
        />
        <span>{t('selfChecks.token', { name: name() })}</span>
      </label>
      <Show when={!props.student.tokens}>
        <p class="hint">{t('selfChecks.noTokenBoard', { name: name() })}</p>
      </Show>
      <div class="save-row">
        <button type="submit" form={formId} class="button primary big" disabled={saving()}>
          {t('selfChecks.save')}
        </button>
        <Show when={saved}>
          <button type="button" class="button" onClick={() => props.onDone?.()}>
            {t('selfChecks.cancel')}
          </button>
        </Show>
      </div>
      <StatusLine status={status()} />
    </section>
  );
}
