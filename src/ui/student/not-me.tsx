import { Show } from 'solid-js';
import { clock } from '../../app/clock';
import { endPictureLogin, type PictureLogin } from '../../app/picture-login';
import { db } from '../../db/instance';
import { voidWrongLogin } from '../../db/repos/wrong-login';
import type { Student } from '../../domain/people';
import { StoredPicture } from '../components/stored-picture';
import { useKioskText } from './kiosk-text';
import { useKioskWrite } from './kiosk-write';
import { NotSaved } from './not-saved';

/**
 * On a shared tablet, the way back from a wrong picture: the student's own picture and "Not me".
 * What was recorded for them since the login is voided, then the picture login shows again.
 */
export function NotMe(props: { student: Student; login: PictureLogin }) {
  const text = useKioskText();
  const { busy, notSaved, save } = useKioskWrite();
  const notMe = async () => {
    const voided = await save(() => voidWrongLogin(db, props.login.studentId, props.login.at, clock.now()));
    if (voided) endPictureLogin();
  };
  const initial = () => (
    <span class="avatar not-me-avatar">{props.student.name.charAt(0).toUpperCase()}</span>
  );
  return (
    <div class="not-me">
      <button type="button" class="not-me-button" disabled={busy()} onClick={() => void notMe()}>
        <span class="not-me-picture" aria-hidden="true">
          <Show when={props.student.photo} fallback={initial()}>
            {(photo) => <StoredPicture mediaId={photo().mediaId} class="picker-photo" fallback={initial()} />}
          </Show>
        </span>
        <span>{text('kiosk.notMe')}</span>
      </button>
      <NotSaved reason={notSaved()} />
    </div>
  );
}
