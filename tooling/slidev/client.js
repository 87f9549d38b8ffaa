// The browser half of ./index.ts: Slidev's client state, for setup/live-sync.ts (the reading
// view's component is in ./printed-slide.js, kept out of the first load). Slidev ships them as raw
// TypeScript that does not type-check outside Slidev, so they are re-exported from plain
// JavaScript, typed by client.d.ts. Same module instances as Slidev's own (Vite resolves one path).
// npm run check:slidev reads the `from` lines of this folder's .js files and checks each name against the installed Slidev.

// Documented composables, re-exported here only because @slidev/client's raw TypeScript does not type-check outside Slidev.
export { lockShortcuts, useNav } from '@slidev/client'
// The click model the presenter view's notes use over the shared state (NoteDisplay takes one).
export { createClicksContextBase } from '@slidev/client/composables/useClicks.ts'
// The presenter view's timer over the shared state (headmatter duration and timer); not exported by @slidev/client.
export { useTimer } from '@slidev/client/composables/useTimer.ts'
// Host names whose audience windows may send (setup/root.ts reads it on each send); not configurable.
export { TRUST_ORIGINS as sendingHosts } from '@slidev/client/constants.ts'
// The phone remote's notes: the presenter view's display, split at [click] markers with the current step marked.
export { default as NoteDisplay } from '@slidev/client/internals/NoteDisplay.vue'
// The windows' shared slide and click, and its change hooks; Slidev exposes no sync API.
export { onPatch, onSharedUpdate, sharedState } from '@slidev/client/state/shared.ts'
// The phone remote (remote/) sets the shared slide and click as a window's keys do; Slidev has no API to send them.
export { patch } from '@slidev/client/state/shared.ts'
// Per-browser sync settings (localStorage `slidev-sync-directions`); set only by Slidev's own menu.
export { syncDirections } from '@slidev/client/state/storage.ts'
