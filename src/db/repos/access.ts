import { AppError } from '../../domain/errors';
import type { AdultSession, StaffRole } from '../../domain/people';

/** Roles are enforced here, where data is written, not only by which buttons a screen shows. */
export function requireRole(session: AdultSession | undefined, role: StaffRole): AdultSession {
  if (!session || session.role !== role) throw new AppError('not-allowed', `needs the ${role} role`);
  return session;
}
