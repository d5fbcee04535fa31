import { clock } from '../../app/clock';

/** How long a download's object URL stays valid: some browsers read it after the click returns. */
const DOWNLOAD_URL_LIFETIME_MS = 30_000;

/** Hands a file made on the tablet to the browser's downloads, under the given name. */
export function saveFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  clock.after(DOWNLOAD_URL_LIFETIME_MS, () => URL.revokeObjectURL(url));
}
