// The deck's service worker: once a slide has been shown, it keeps working with the network gone.
// Assets (hashed file names, so never stale) are served from the cache once fetched; pages go to
// the network first and fall back to the cached index.html, so a deep link opens offline too.
// Nothing is fetched ahead of time: each slide's code still loads when its slide comes up.
const CACHE = 'deck-v1'
const scope = new URL(globalThis.registration.scope)

globalThis.addEventListener('install', () => globalThis.skipWaiting())
globalThis.addEventListener('activate', event => event.waitUntil(globalThis.clients.claim()))

globalThis.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname))
    return
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).then((response) => {
      const copy = response.clone()
      caches.open(CACHE).then(cache => cache.put(new URL('index.html', scope).href, copy))
      return response
    }).catch(() => caches.match(new URL('index.html', scope).href)))
    return
  }
  event.respondWith(caches.match(request).then(cached => cached || fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone()
      caches.open(CACHE).then(cache => cache.put(request, copy))
    }
    return response
  })))
})
