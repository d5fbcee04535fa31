// Which settings the whole classroom shares (a backup and sync carry them; the others, such as this
// tablet's id, language and student, stay on the tablet). Kept apart from the schemas that check
// them, so the kiosk, which writes settings, loads no schema library to tell which is which.

/** The setting naming the language the classroom's main words are written in. */
export const CLASSROOM_LOCALE_KEY = 'classroomLocale';
/** A student's review plan is kept under this prefix and the student's id. */
export const REVIEW_PLAN_KEY_PREFIX = 'reviewPlan:';
export const REPORTING_PERIODS_KEY = 'reportingPeriods';

/** Settings the whole classroom shares; the others (this tablet's id, language, student…) stay on the tablet. */
export const isClassroomSetting = (key: string): boolean =>
  key === 'promptLevels' ||
  key === CLASSROOM_LOCALE_KEY ||
  key === REPORTING_PERIODS_KEY ||
  key.startsWith(REVIEW_PLAN_KEY_PREFIX);
