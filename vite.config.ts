import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
// With its extension: Vite's coming native config loader resolves no other way.
import { bundledSymbols } from './scripts/symbol-set.ts';

/**
 * The classroom's sync server, when it is not behind the app's own origin: `SYNC_ORIGIN` at build
 * time (e.g. `https://couch.school.example`) is the one other origin the page may connect to.
 * Anything but a bare http(s) origin stops the build rather than loosening the policy.
 */
function syncOrigin(): string | undefined {
  const configured = process.env.SYNC_ORIGIN?.trim();
  if (!configured) return undefined;
  const url = URL.canParse(configured) ? new URL(configured) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.origin !== configured.replace(/\/$/, ''))
    throw new Error(`SYNC_ORIGIN must be an origin such as https://couch.school.example, not ${configured}`);
  return url.origin;
}
const SYNC_ORIGIN = syncOrigin();

// Everything the app loads comes from its own origin: no CDN, no fonts, no analytics; the page
// connects to its own origin and, when configured, the classroom's sync server (see SYNC_ORIGIN).
// Applied to the production build only; the dev server needs inline scripts for hot reload.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob: data:",
  `connect-src 'self'${SYNC_ORIGIN ? ` ${SYNC_ORIGIN}` : ''}`,
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Headers a browser enforces, sent by the server `npm start` runs (and given in the README for a
// static host). A meta tag cannot set frame-ancestors: only a header keeps other sites from
// framing the app.
export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function contentSecurityPolicy(): Plugin {
  return {
    name: 'on-my-own:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// The card editor's offline symbols (Fluent Emoji Flat, MIT): a virtual module made at build time
// from the icon set, imported only with import() by the editor, so the kiosk never loads it.
const SYMBOL_SET_ID = 'virtual:symbol-set';

function symbolSet(): Plugin {
  const resolved = `\0${SYMBOL_SET_ID}`;
  return {
    name: 'on-my-own:symbol-set',
    resolveId: (id) => (id === SYMBOL_SET_ID ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      const symbols = bundledSymbols();
      return `export const symbols = JSON.parse(${JSON.stringify(JSON.stringify(symbols))});`;
    },
  };
}

export default defineConfig({
  plugins: [
    solid(),
    contentSecurityPolicy(),
    symbolSet(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'On My Own',
        short_name: 'On My Own',
        description:
          'Visual schedules, choice boards and self-checks that a student follows on their own, with one-tap records for the adults beside them.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1d4f7a',
        background_color: '#f7f5f0',
        categories: ['education'],
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The editor's symbol set is one chunk of about 2.7 MB; it is precached so cards can be
        // made offline, but the kiosk never loads it.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    manifest: true,
    // Without the polyfill a browser that does not know modulepreload only skips the hint; every
    // browser the kiosk targets knows it, and the kiosk's first load is smaller by its code.
    modulePreload: { polyfill: false },
    // Only the editor's symbol set is this large, and it loads on demand; every other chunk is small.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      output: {
        // What the kiosk needs goes in three chunks: the first paint (the page's own), the app
        // shell every start loads (setup's too), and the kiosk that takes taps with the database.
        // Left alone, the bundler splits the modules they share with lazy screens into some
        // thirty small files, each compressed on its own and fetched and compiled in a task of
        // its own. A group takes a module's static imports with it; the higher priority first.
        codeSplitting: {
          groups: [
            { name: 'kiosk', tags: ['$initial'], priority: 3 },
            { name: 'app', test: /\/src\/app\/app\.tsx$/, priority: 2 },
            { name: 'kiosk-app', test: /\/src\/app\/kiosk-app\.tsx$/, priority: 1 },
          ],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: SECURITY_HEADERS,
    // SYNC_PROXY_TARGET puts a sync server behind the app's own origin under /couch, as the
    // README's reverse proxy does (the e2e tests use it): connect-src 'self' is then enough.
    // SCHOOL_SYNC_PROXY_TARGET does the same under /school-couch for the e2e server with accounts.
    proxy: {
      ...proxyTo('/couch', process.env.SYNC_PROXY_TARGET),
      ...proxyTo('/school-couch', process.env.SCHOOL_SYNC_PROXY_TARGET),
    },
  },
  server: { port: 5173 },
});

/** A path of the app's origin served by another server, when its target is set. */
function proxyTo(path: string, target: string | undefined) {
  return target ? { [path]: { target, rewrite: (url: string) => url.slice(path.length) || '/' } } : {};
}
