import { createResource, type JSX, onCleanup, Show } from 'solid-js';
import { db } from '../../db/instance';
import { pictureBlob } from '../../db/repos/media-reads';
import type { MediaId } from '../../domain/ids';

/**
 * A stored picture: a card's, or a student's photo. Decorative for assistive technology: the
 * card's label or the student's name, given by the surrounding control, is what a screen reader
 * announces. `fallback` shows only when the picture is missing, not while it loads, so a picture
 * that is there does not flash something else first.
 */
export function StoredPicture(props: { mediaId: MediaId; class?: string; fallback?: JSX.Element }) {
  const [url] = createResource<string | undefined, MediaId>(
    () => props.mediaId,
    async (mediaId, { value: previous }) => {
      const blob = await pictureBlob(db, mediaId);
      // A new picture for the same place: the old one's memory is let go.
      if (previous) URL.revokeObjectURL(previous);
      return blob ? URL.createObjectURL(blob) : undefined;
    },
  );
  onCleanup(() => {
    const current = url.latest;
    if (current) URL.revokeObjectURL(current);
  });
  return (
    <Show when={url()} fallback={url.state === 'ready' ? props.fallback : null}>
      {(src) => <img class={props.class ?? 'stored-picture'} src={src()} alt="" draggable={false} />}
    </Show>
  );
}
