import { Match, Switch } from 'solid-js';
import { adultSession } from '../../app/session';
import { ParaHome } from '../para/para-home';
import { TeacherHome } from '../teacher/teacher-home';

/** The first adult screen: the teacher's set-up and review, or the para's day. */
export function AdultHome() {
  return (
    <Switch>
      <Match when={adultSession()?.role === 'teacher' && adultSession()}>
        {(session) => <TeacherHome session={session()} />}
      </Match>
      <Match when={adultSession()?.role === 'para'}>
        <ParaHome />
      </Match>
    </Switch>
  );
}
