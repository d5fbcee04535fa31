import { describe, expect, test } from 'vitest';
import { gatePicture, preparePicture } from '../../src/db/pictures/picture-gate';
import { activeOrOutside, GIF, HOSTILE_SVGS, JPEG, PDF, PNG, SVG, utf8, WEBP } from '../support/obf-files';

const svgOf = (result: ReturnType<typeof gatePicture>) =>
  result.ok && result.type === 'image/svg+xml' ? new TextDecoder().decode(result.bytes) : undefined;

describe('the picture gate', () => {
  test.each(HOSTILE_SVGS)('an SVG with %s keeps its drawing and loses what runs or reaches out', (_, svg) => {
    expect(activeOrOutside(svg)).toBe(true);

    const result = gatePicture(utf8(svg));

    expect(result).toMatchObject({ ok: true, type: 'image/svg+xml', cleaned: true });
    const clean = svgOf(result) ?? '';
    expect(activeOrOutside(clean)).toBe(false);
    expect(clean).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(clean).toMatch(/<rect width="4" height="4"/);
  });

  test('a still drawing keeps its shapes, gradients, local references and inline raster pictures', () => {
    const svg = `<?xml version="1.0"?><!-- made by hand --><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" preserveAspectRatio="none"><defs><linearGradient id="g" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="red"></stop></linearGradient></defs><image xlink:href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"></image><path d="M0 0L9 9" fill="url(#g)" style="stroke:blue"></path></svg>`;

    const result = gatePicture(utf8(svg));

    expect(result).toMatchObject({ ok: true, cleaned: false });
    expect(svgOf(result)).toBe(svg.slice(svg.indexOf('<svg')));
  });

  test('an SVG without its namespace is given it, so it is still an SVG stored on its own', () => {
    expect(svgOf(gatePicture(utf8('<svg viewBox="0 0 4 4"><rect width="4" height="4"/></svg>')))).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"></rect></svg>',
    );
  });

  test.each([
    ['PNG', PNG, 'image/png'],
    ['JPEG', JPEG, 'image/jpeg'],
    ['GIF', GIF, 'image/gif'],
    ['WebP', WEBP, 'image/webp'],
  ])('a %s is known by its first bytes and kept byte for byte', (_, bytes, type) => {
    expect(gatePicture(bytes)).toEqual({ ok: true, bytes, type, cleaned: false });
  });

  test.each([
    ['a web page', utf8('<html><script>window.hacked = 1</script></html>')],
    ['a PDF', PDF],
    ['a script', utf8('window.hacked = 1')],
    ['an SVG that is not the root', utf8('<html><svg xmlns="http://www.w3.org/2000/svg"></svg></html>')],
    ['nothing', new Uint8Array()],
  ])('%s is no picture', (_, bytes) => {
    expect(gatePicture(bytes)).toEqual({ ok: false, problem: 'unknown-type' });
  });

  test.each([
    ['entities', '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'],
    [
      'nested entities (a billion laughs)',
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>',
    ],
  ])('an SVG with %s is refused unread', (_, svg) => {
    expect(gatePicture(utf8(svg))).toEqual({ ok: false, problem: 'unsafe-svg' });
  });

  test('a picked picture is stored with the type its bytes have, not the one it is labelled with', async () => {
    const prepared = await preparePicture(new Blob([PNG], { type: 'image/svg+xml' }));
    expect(prepared.blob.type).toBe('image/png');
    expect(prepared.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await preparePicture(new Blob([PNG.slice()], { type: 'image/png' }))).hash).toBe(prepared.hash);
    await expect(preparePicture(new Blob(['<html></html>'], { type: 'image/png' }))).rejects.toMatchObject({
      code: 'picture-type',
    });
    await expect(preparePicture(new Blob([SVG]))).resolves.toMatchObject({ cleaned: true });
  });
});
