import { createEffect, createSignal, onCleanup, Show } from 'solid-js';

/** A picture that is not stored yet, shown from its Blob, with words that say what it is. */
export function PicturePreview(props: { blob: Blob | undefined; caption: string }) {
  const [url, setUrl] = createSignal<string>();
  createEffect(() => {
    const blob = props.blob;
    if (!blob) return setUrl(undefined);
    const next = URL.createObjectURL(blob);
    setUrl(next);
    onCleanup(() => URL.revokeObjectURL(next));
  });
  return (
    <figure class="picture-preview">
      <Show when={url()}>{(src) => <img src={src()} alt="" />}</Show>
      <figcaption>{props.caption}</figcaption>
    </figure>
  );
}
