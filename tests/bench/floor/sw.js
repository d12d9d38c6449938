// The floor page's service worker (tests/bench/floor): every file of the build is cached at install (the list is
// written in by ./build.ts), then served from the cache; a navigation gets index.html. Nothing else.
const CACHE = 'floor-precache';
const FILES = [/* files */];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.match(request.mode === 'navigate' ? '/index.html' : request, { ignoreSearch: true }),
      )
      .then((cached) => cached ?? fetch(request)),
  );
});
