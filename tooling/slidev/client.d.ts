// Types of ./client.js: the part of Slidev's client (state/shared.ts, state/storage.ts,
// constants.ts, composables/, internals/NoteDisplay.vue) that setup/live-sync.ts and the phone
// remote use.
import type { ClicksContext } from '@slidev/types'
import type { ComputedRef, DefineComponent, Ref } from 'vue'

export interface SharedNav {
  page: number
  clicks: number
  clicksTotal: number
  timer: {
    status: 'stopped' | 'running' | 'paused'
    slides: Record<number, { start?: number, end?: number }>
    startedAt: number
    pausedAt: number
  }
  lastUpdate?: { id: string, type: 'presenter' | 'viewer', time: number }
}

/** The windows' shared position: the dev server's `server-reactive:nav`, a BroadcastChannel in a build. */
export const sharedState: SharedNav
/** Runs on every change that came from another window. */
export function onPatch(fn: (state: SharedNav) => void): void
/** Applies a state received from elsewhere, without sending it on. */
export function onSharedUpdate(state: Partial<SharedNav>): void
/** Host names whose audience windows may send their position (Slidev: localhost and 127.0.0.1). */
export const sendingHosts: string[]
/** Which windows send and receive, per browser (localStorage); the presenter's sync menu sets it. */
export const syncDirections: { value: { presenterSend: boolean, presenterReceive: boolean, viewerSend: boolean, viewerReceive: boolean } }
/** Sets one field of the shared state and sends it, without running this window's onPatch hooks. */
export function patch<K extends keyof SharedNav>(key: K, value: SharedNav[K]): void

/** A slide's route as Slidev builds it (the part the remote reads; @slidev/types leaves `meta` untyped here). */
export interface SlideRouteInfo {
  no: number
  meta: {
    /** Frontmatter `clicks`: the slide's click steps, when set by hand. */
    clicks?: number
    slide: { title?: string, note?: string, noteHTML?: string, frontmatter: Record<string, unknown> }
  }
}
/** Slidev's documented navigation (the part the remote reads): every slide's route, and how many. */
export function useNav(): { slides: Ref<SlideRouteInfo[]>, total: ComputedRef<number> }
/** Slidev's documented switch for its keyboard shortcuts; returns the unlock. */
export function lockShortcuts(): () => void
/** A click model over `current` (the presenter view's notes use one over the shared state). */
export function createClicksContextBase(current: Ref<number>, clicksStart?: number, clicksTotalOverrides?: number): ClicksContext
/** The presenter view's timer: headmatter `duration` and `timer`, state in the shared `timer`. */
export function useTimer(): {
  status: ComputedRef<SharedNav['timer']['status']>
  mode: ComputedRef<'countdown' | 'stopwatch'>
  /** Seconds since started (paused time excluded), and the planned duration in seconds. */
  passed: ComputedRef<number>
  duration: ComputedRef<number>
  percentage: ComputedRef<number>
  toggle: () => void
  reset: () => void
}
/** The presenter view's notes: split at [click] markers, the current step highlighted and scrolled to. */
export const NoteDisplay: DefineComponent<{
  noteHtml?: string
  note?: string
  placeholder?: string
  clicksContext?: ClicksContext
  autoScroll?: boolean
}>
