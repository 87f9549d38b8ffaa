// Types of ./client.js: the part of Slidev's client state (state/shared.ts, state/storage.ts,
// constants.ts) that setup/live-sync.ts uses.
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
