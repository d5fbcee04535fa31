// Probes the bench puts into the app's page before any of its scripts run (Playwright's init
// script, which the page's Content Security Policy does not apply to). They only record times:
// the app's code and bytes are the shipped ones.

export type TapTiming = { at: number; feedback?: number };
export type Probes = {
  /** After the paint that first showed the current step with its Start or Done button. */
  scheduleVisibleAt?: number;
  /** After the paint that first showed that Start or Done enabled: the kiosk takes a tap. */
  scheduleTappableAt?: number;
  /** After the paint that first showed a step of the day, Start or not (the kiosk's snapshot). */
  dayPaintedAt?: number;
  /** After the paint that first showed setup's form with its button (a new tablet's first visit). */
  setupVisibleAt?: number;
  /** When each read-write transaction over the events store completed (the data is on disk). */
  commits: number[];
  taps: TapTiming[];
};

/** The console line that says the kiosk's load is timed (see `kioskLoaded`). */
export const KIOSK_LOADED = 'bench: kiosk loaded';

export function installProbes(loadedLine: string): void {
  const probes: Probes = { commits: [], taps: [] };
  (window as unknown as { __bench: Probes }).__bench = probes;
  // Right after the next frame is painted: a task queued from requestAnimationFrame runs after it.
  const afterPaint = (done: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(undefined);
    });

  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    stores: string | string[],
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    const opened = transaction.call(this, stores, mode, options);
    const names = typeof stores === 'string' ? [stores] : [...stores];
    if (mode === 'readwrite' && names.includes('events'))
      opened.addEventListener('complete', () => probes.commits.push(performance.now()));
    return opened;
  };

  // Said on the console once the kiosk's load is timed: the bench waits for it there rather than
  // polling the page, which would run Playwright's own script on the page's thread during the load.
  const kioskLoaded = () => {
    if ((probes.scheduleVisibleAt ?? -1) > 0 && (probes.scheduleTappableAt ?? -1) > 0)
      console.debug(loadedLine);
  };

  // A tap on the student's Start or Done, or on a button of the para bar.
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('.step-action, .para-bar button'))
        probes.taps.push({ at: event.timeStamp });
    },
    { capture: true },
  );
  // What the student sees change: elements or words of the schedule, not a button greyed out
  // while it saves (an attribute), the timer's bar or the para bar's countdown.
  const shownChange = (record: MutationRecord) => {
    const element = record.target instanceof Element ? record.target : record.target.parentElement;
    return element?.closest('.kiosk-main') !== null && element?.closest('.visual-timer, .para-bar') === null;
  };
  new MutationObserver((records) => {
    if (probes.scheduleVisibleAt === undefined && document.querySelector('.current-step .step-action')) {
      probes.scheduleVisibleAt = -1;
      afterPaint((at) => {
        probes.scheduleVisibleAt = at;
        kioskLoaded();
      });
    }
    if (
      probes.scheduleTappableAt === undefined &&
      document.querySelector('.current-step .step-action:not([disabled])')
    ) {
      probes.scheduleTappableAt = -1;
      afterPaint((at) => {
        probes.scheduleTappableAt = at;
        kioskLoaded();
      });
    }
    if (probes.dayPaintedAt === undefined && document.querySelector('.kiosk-day [aria-current="step"]')) {
      probes.dayPaintedAt = -1;
      afterPaint((at) => {
        probes.dayPaintedAt = at;
      });
    }
    if (probes.setupVisibleAt === undefined && document.querySelector('main.setup button[type="submit"]')) {
      probes.setupVisibleAt = -1;
      afterPaint((at) => {
        probes.setupVisibleAt = at;
      });
    }
    const tap = probes.taps.at(-1);
    if (
      tap &&
      tap.feedback === undefined &&
      records.some((record) => record.type !== 'attributes' && shownChange(record))
    ) {
      tap.feedback = -1;
      afterPaint((at) => {
        tap.feedback = at;
      });
    }
    // Attributes only for the moment a control is enabled; they are no change a student sees.
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['disabled'],
  });
}
