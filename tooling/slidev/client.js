// The browser half of ./index.ts: Slidev client modules the deck imports. Slidev ships them as raw
// TypeScript that does not type-check outside Slidev, so they are re-exported from plain
// JavaScript, typed by client.d.ts. Same module instances as Slidev's own (Vite resolves one path).
// npm run check:slidev reads the `from` lines below and checks each name against the installed Slidev.

// Host names whose audience windows may send (setup/root.ts reads it on each send); not configurable.
export { TRUST_ORIGINS as sendingHosts } from '@slidev/client/constants.ts'
// A slide rendered as the print route renders it, for the reading view; not a public component.
export { default as PrintedSlide } from '@slidev/client/internals/PrintSlide.vue'
// The windows' shared slide and click, and its change hooks; Slidev exposes no sync API.
export { onPatch, onSharedUpdate, sharedState } from '@slidev/client/state/shared.ts'
// Per-browser sync settings (localStorage `slidev-sync-directions`); set only by Slidev's own menu.
export { syncDirections } from '@slidev/client/state/storage.ts'

/** Whether this build has the presenter view (the define that adds Slidev's presenter routes). */
// eslint-disable-next-line no-undef -- replaced at build time by Vite's define (./index.ts DEFINES)
export const hasPresenterView = __SLIDEV_FEATURE_PRESENTER__
