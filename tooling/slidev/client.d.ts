// Types of ./client.js: the part of Slidev's client state (state/shared.ts, state/storage.ts,
// constants.ts) and components the deck uses.
import type { SlideRoute } from '@slidev/types'
import type { DefineComponent } from 'vue'

export interface SharedNav {
  page: number
  clicks: number
  clicksTotal: number
  timer: unknown
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
/** Slidev's print rendering of one slide (internals/PrintSlide.vue). */
export const PrintedSlide: DefineComponent<{ route: SlideRoute, hidden?: boolean }>
/** Whether this build has the presenter view. */
export const hasPresenterView: boolean
