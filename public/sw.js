// The deck's service worker (docs/hosting.md, "Offline"). Assets (hashed names, never stale) come
// from the cache once fetched; pages from the network first, so a deployment shows at once.
const BUILD = 'unbuilt'
const scope = new URL(globalThis.registration.scope)
const PREFIX = `deck:${scope.pathname}:`
const CACHE = `${PREFIX}${BUILD}`

globalThis.addEventListener('install', () => globalThis.skipWaiting())
globalThis.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(key => key.startsWith(PREFIX) && key !== CACHE).map(key => caches.delete(key))))
    .then(() => globalThis.clients.claim()))
})

// Stores a copy, keeping the worker alive until written. A page may come with status 404: GitHub
// Pages serves deep links through 404.html, the deck itself.
function keep(event, key, response, page = false) {
  if (response.ok || (page && response.status === 404)) {
    const copy = response.clone()
    event.waitUntil(caches.open(CACHE).then(cache => cache.put(key, copy)))
  }
  return response
}

globalThis.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname))
    return
  if (request.mode === 'navigate') {
    // Each slide's page (N.html, with its first screen) is kept under its own address, and the
    // last page seen also as index.html: the app itself, for an address not visited yet.
    const page = new URL('index.html', scope).href
    const own = `${url.origin}${url.pathname}`
    event.respondWith(fetch(request)
      .then(response => keep(event, page, keep(event, own, response, true), true))
      .catch(() => caches.open(CACHE).then(cache => cache.match(own).then(found => found || cache.match(page)))))
    return
  }
  event.respondWith(caches.open(CACHE).then(cache => cache.match(request))
    .then(cached => cached || fetch(request).then(response => keep(event, request, response))))
})
