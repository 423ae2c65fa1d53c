// Service worker: keeps the page's own files for offline use. Network first (always fresh when
// online), the cache when offline. Requests to any other origin are not touched.
const CACHE = 'zhibiao-v4';
const FILES = [
  './',
  'index.html',
  'style.css',
  'app.js',
  'i18n.js',
  'decode.js',
  'demo.js',
  'export.js',
  'fields.js',
  'figure.js',
  'keys.js',
  'view-text.js',
  'view-table.js',
  'view-compare.js',
  'view-panel.js',
  'pager.js',
  'chart.js',
  'worker.js',
  'pkg/zhibiao.js',
  'pkg/inflate.js',
  'pkg/zhibiao_bg.wasm',
  'pkg/render.js',
  'pkg/worker.js',
  'pkg/worker-client.js',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        const response = await fetch(event.request);
        if (response.ok) cache.put(event.request, response.clone());
        return response;
      } catch (err) {
        const cached = await cache.match(event.request, { ignoreSearch: true });
        if (cached) return cached;
        throw err;
      }
    })(),
  );
});
