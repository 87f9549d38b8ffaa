// Presenting live (docs/presenting.md). Slidev (its setup/root.ts) sends a window's position after
// each route change, its first (a window opening at `/` moved the presenter to slide 1) and those
// made to follow (a late echo pulled the presenter back a step). So a window's first navigation goes
// to the talk's position before Slidev sends, and an audience window sends only when it moves away.
import type { RouteLocationNormalized, RouteLocationRaw, Router } from 'vue-router'
import type { SharedNav } from '../tooling/slidev/client.js'
import { onPatch, onSharedUpdate, sendingHosts, sharedState, syncDirections } from '../tooling/slidev/client.js'
import { changed, hasPresenterView, QUERY, routeAddress, ROUTES } from '../tooling/slidev/index.ts'

/** How long a window of a built deck waits for another window to tell it the position. */
const ASK_MS = 300

type Message = { type: 'where' } | { type: 'here' | 'moved', state: SharedNav }

/** A position Slidev dropped on arrival (a build only), sent again by its window (`moved`). */
let missed: SharedNav | undefined

export function joinTheTalk(router: Router) {
  // The public build has nothing to follow; a renamed route must not switch live sync off unsaid.
  if (!hasPresenterView())
    return
  if (!router.hasRoute(ROUTES.presenter.name))
    throw new Error(changed(`route '${ROUTES.presenter.name}'`, 'live sync joins the talk through it'))
  // Slidev lets an audience window send only from a host in its list (localhost): elsewhere (a
  // venue's static host, a phone on the network) a key would move that window alone. Listed only
  // while the window's own move is sent (not on joining, following, /entry or /overview, where
  // Slidev would send slide 1). Registered before Slidev's own hook.
  const host = location.host.split(':')[0]!
  const channel = import.meta.env.DEV ? undefined : new BroadcastChannel(`deck-live ${import.meta.env.BASE_URL}`)
  // Away both when the navigation starts and when it ends. A followed step equals the shared
  // position when it starts; by its end a quicker presenter may have moved on, and the step, sent
  // as a move away, pulled everyone back.
  let awayAtStart = false
  router.beforeEach((to) => {
    awayAtStart = isSlideView(to) && awayFrom(to, newest())
  })
  router.afterEach((to) => {
    const away = awayAtStart && awayFrom(to, newest())
    const listed = sendingHosts.includes(host)
    if (away && !listed)
      sendingHosts.push(host)
    if (!away && listed)
      sendingHosts.splice(sendingHosts.indexOf(host), 1)
    // Slidev's hook, next, sets lastUpdate when it sends this window's position.
    const before = sharedState.lastUpdate
    if (channel)
      queueMicrotask(() => sharedState.lastUpdate !== before && channel.postMessage({ type: 'moved', state: snapshot(sharedState) } satisfies Message))
  })

  // Slidev's audience windows follow only the presenter view, whose relay of an audience window's
  // key a build skips when the presenter moves within the same task (syncState.ts `updating`).
  onPatch((state) => {
    if (router.currentRoute.value.name === ROUTES.play.name && state.lastUpdate?.type === 'viewer')
      follow(router, state)
  })

  // A build has no server, and Slidev's BroadcastChannel drops a change that arrives while this
  // window's own last move is still being sent (syncState.ts `patching`): the presenter view stayed
  // behind for good. So each window also sends here each position Slidev sent for it, and one that
  // dropped it follows it (`lastUpdate.time` tells a newer position from an echo). A new window's
  // question is answered with the whole shared state (slide, click, the timer).
  channel?.addEventListener('message', (event: MessageEvent<Message>) => {
    if (event.data.type === 'where' && led(sharedState))
      channel.postMessage({ type: 'here', state: snapshot(newest()) } satisfies Message)
    if (event.data.type === 'moved' && time(event.data.state) > time(newest())) {
      missed = event.data.state
      follow(router, missed)
    }
  })
  // The first time the window shows slides: on opening, or after Slidev's remote-control menu
  // (/entry); not after the overview, where a slide is chosen.
  const stop = router.beforeEach(async (to, from) => {
    if (!isSlideView(to))
      return true
    stop()
    if (from.matched.length && from.name !== ROUTES.entry.name)
      return true
    const talk = channel ? await ask(channel) : led(sharedState)
    if (!talk)
      return true
    if (channel)
      onSharedUpdate(talk)
    if (to.name === ROUTES.presenter.name)
      holdPresenterSend(router)
    return joined(to, newest())
  })
}

/**
 * A presenter view that joins sends nothing on arrival: Slidev would send its click clamped to the
 * slide's click count, 0 until the slide has mounted, and every audience window would drop back.
 * The setting is restored after Slidev's hooks (its afterEach, then a watcher in the next flush).
 */
function holdPresenterSend(router: Router) {
  if (!syncDirections.value.presenterSend)
    return
  syncDirections.value.presenterSend = false
  const stop = router.afterEach(() => {
    stop()
    setTimeout(() => syncDirections.value.presenterSend = true)
  })
}

/** The shared state if a presenter view has set it: the talk is on. */
function led(state: SharedNav) {
  return state.lastUpdate?.type === 'presenter' ? state : undefined
}

/** The presenter and audience views; not print, export, overview or the notes window. */
function isSlideView(to: RouteLocationNormalized) {
  return (to.name === ROUTES.play.name || to.name === ROUTES.presenter.name) && !(QUERY.print in to.query) && !(QUERY.embedded in to.query)
}

function awayFrom(to: RouteLocationNormalized, talk: SharedNav) {
  return +to.params.no! !== +talk.page || +(to.query.clicks ?? 0) !== +talk.clicks
}

/** Where `to` goes instead: the same view at the talk's slide and click. */
function joined(to: RouteLocationNormalized, talk: SharedNav): true | RouteLocationRaw {
  if (!awayFrom(to, talk))
    return true
  return {
    path: `/${routeAddress(to.name === ROUTES.presenter.name ? 'presenter' : 'play', talk.page)}`,
    query: { ...to.query, clicks: talk.clicks ? String(talk.clicks) : undefined },
    replace: true,
  }
}

function time(state: SharedNav) {
  return state.lastUpdate?.time ?? 0
}

/** The newest position this window knows: Slidev's shared state, or one Slidev dropped since. */
function newest() {
  return missed && time(missed) > time(sharedState) ? missed : sharedState
}

function snapshot(state: SharedNav): SharedNav {
  return JSON.parse(JSON.stringify(state))
}

/** Moves this window, if it shows slides and receives (Slidev's sync menu), to `talk`'s slide and click. */
function follow(router: Router, talk: SharedNav) {
  const route = router.currentRoute.value
  const receives = route.name === ROUTES.presenter.name ? syncDirections.value.presenterReceive : syncDirections.value.viewerReceive
  const there = isSlideView(route) && receives && joined(route, talk)
  if (there && there !== true)
    void router.replace(there)
}

/** The talk's state from another window, or undefined when none answers in time (no talk yet). */
function ask(channel: BroadcastChannel) {
  return new Promise<SharedNav | undefined>((resolve) => {
    const signal = AbortSignal.timeout(ASK_MS)
    signal.addEventListener('abort', () => resolve(undefined))
    channel.addEventListener('message', (event: MessageEvent<Message>) => {
      if (event.data.type === 'here')
        resolve(event.data.state)
    }, { signal })
    channel.postMessage({ type: 'where' } satisfies Message)
  })
}
