import { createSignal } from 'solid-js';
import type { StudentId } from '../domain/ids';

/** A student who chose their picture at the kiosk's login, and when. */
export type PictureLogin = { studentId: StudentId; at: number };

// Kept beside the app, not in the kiosk screen: an adult's visit (the adult area, the para bar)
// unmounts the kiosk, and the same student must be there when it comes back. A reload forgets it.
const [pictureLogin, setPictureLogin] = createSignal<PictureLogin>();

export { pictureLogin };

export function logInByPicture(studentId: StudentId, at: number): void {
  setPictureLogin({ studentId, at });
}

export function endPictureLogin(): void {
  setPictureLogin(undefined);
}
