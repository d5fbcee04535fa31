import { AppError } from '../../domain/errors';
import type { AdultSession, StaffRole } from '../../domain/people';

/** Roles are enforced here, where data is written, not only by which buttons a screen shows. */
export function requireRole(session: AdultSession | undefined, role: StaffRole): AdultSession {
  if (!session || session.role !== role) throw new AppError('not-allowed', `needs the ${role} role`);
  return session;
}

/** Any signed-in adult, teacher or para: records made beside the kiosk. */
export function requireAdult(session: AdultSession | undefined): asserts session is AdultSession {
  if (!session) throw new AppError('not-allowed', 'needs a signed-in adult');
}
