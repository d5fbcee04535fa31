// Roles held on the server too: what the teacher's account installs in the classroom's
// database, so a para's account (or a tampered device) cannot change the plan there either.
// Accounts are CouchDB's own users, with the role `omo-teacher` or `omo-para`.
import type { EventType } from '../events';

export const TEACHER_ROLE = 'omo-teacher';
export const PARA_ROLE = 'omo-para';
export const RULES_DESIGN_ID = '_design/on-my-own';

/**
 * Records only the teacher makes, because they change the plan or the figures the plan is judged
 * by: a para's account writing one is refused like a change to a card. (A `voided` record stays
 * open to every adult: a para takes back their own mistaken tap with it.)
 */
export const TEACHER_EVENT_TYPES = [
  'plan-advanced',
  'plan-changed',
  'schedule-changed',
  'support-changed',
  'observation-made',
  'days-not-counted',
] as const satisfies readonly EventType[];

/**
 * CouchDB's validate_doc_update, run by the server on every write (ES5: CouchDB's JavaScript).
 * Events (`events:<ULID>`) are written once by any adult of the classroom (the teacher's records
 * by the teacher only) and never changed or deleted; every other document (students, staff, cards, boards, scales, schedules, targets,
 * plans, settings) is the teacher's.
 */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  var teacher = roles.indexOf('${TEACHER_ROLE}') !== -1 || roles.indexOf('_admin') !== -1;
  var adult = teacher || roles.indexOf('${PARA_ROLE}') !== -1;
  if (!adult) throw({ unauthorized: 'Only the classroom\\'s adults write here.' });
  if (newDoc._id.indexOf('events:') === 0) {
    if (oldDoc && !oldDoc._deleted) throw({ forbidden: 'A record is never changed or deleted.' });
    if (newDoc._deleted) throw({ forbidden: 'A record is never deleted.' });
    var teacherRecords = ${JSON.stringify(TEACHER_EVENT_TYPES)};
    if (!teacher && newDoc.row && teacherRecords.indexOf(newDoc.row.type) !== -1)
      throw({ forbidden: 'Only the teacher changes the plan.' });
    return;
  }
  if (!teacher) throw({ forbidden: 'Only the teacher changes the plan.' });
}`;

export const rulesDesignDocument = () => ({ _id: RULES_DESIGN_ID, validate_doc_update: VALIDATE_DOC_UPDATE });

/** Only the teacher's accounts administer the database; the classroom's adults may read and write it. */
export const securityDocument = () => ({
  admins: { names: [], roles: [TEACHER_ROLE] },
  members: { names: [], roles: [TEACHER_ROLE, PARA_ROLE] },
});
