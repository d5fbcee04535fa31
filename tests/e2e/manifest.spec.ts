import { expect, test } from './fixtures/test';

function pngSize(bytes: Buffer): { width: number; height: number } {
  // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the web app manifest is linked and describes an installable app', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();

  const response = await request.get(new URL(href ?? '', page.url()).toString());
  expect(response.ok()).toBe(true);
  const manifest = await response.json();

  expect(manifest).toMatchObject({
    name: 'On My Own',
    short_name: 'On My Own',
    display: 'standalone',
    start_url: '/',
    scope: '/',
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
  });
  expect(manifest.description.length).toBeGreaterThan(20);

  const icons: { src: string; sizes: string; type: string; purpose?: string }[] = manifest.icons;
  const wanted = [
    { sizes: '192x192', purpose: 'any' },
    { sizes: '512x512', purpose: 'any' },
    { sizes: '512x512', purpose: 'maskable' },
  ];
  for (const { sizes, purpose } of wanted) {
    const icon = icons.find(
      (candidate) => candidate.sizes === sizes && (candidate.purpose ?? 'any') === purpose,
    );
    expect(icon, `${purpose} icon ${sizes}`).toBeDefined();
    const image = await request.get(new URL(icon?.src ?? '', response.url()).toString());
    expect(image.headers()['content-type']).toBe('image/png');
    const [width, height] = sizes.split('x').map(Number);
    expect(pngSize(await image.body())).toEqual({ width, height });
  }
});

test('the page carries a content security policy that allows only its own origin', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
});
