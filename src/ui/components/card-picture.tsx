import { createResource, onCleanup, Show } from 'solid-js';
import { db } from '../../db/instance';
import { pictureBlob } from '../../db/repos/card-reads';
import type { MediaId } from '../../domain/ids';

/**
 * A card's stored picture. Decorative for assistive technology: the card's label, given by the
 * surrounding control, is what a screen reader announces.
 */
export function CardPicture(props: { mediaId: MediaId; class?: string }) {
  const [url] = createResource(
    () => props.mediaId,
    async (mediaId) => {
      const blob = await pictureBlob(db, mediaId);
      return blob ? URL.createObjectURL(blob) : undefined;
    },
  );
  onCleanup(() => {
    const current = url();
    if (current) URL.revokeObjectURL(current);
  });
  return (
    <Show when={url()}>
      {(src) => <img class={props.class ?? 'card-picture'} src={src()} alt="" draggable={false} />}
    </Show>
  );
}
