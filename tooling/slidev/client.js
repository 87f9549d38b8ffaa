// Slidev's client modules the deck's browser code uses, typed by ./client.d.ts (./README.md says
// why); Vite resolves Slidev's own module instances.

// Documented composables, here only for the types.
export { lockShortcuts, useNav } from '@slidev/client'
// The click model the presenter view's notes use over the shared state (NoteDisplay takes one).
export { createClicksContextBase } from '@slidev/client/composables/useClicks.ts'
// The presenter view's timer over the shared state (headmatter duration and timer); not exported by @slidev/client.
export { useTimer } from '@slidev/client/composables/useTimer.ts'
// Host names whose audience windows may send (setup/root.ts reads it on each send); not configurable.
export { TRUST_ORIGINS as sendingHosts } from '@slidev/client/constants.ts'
// The phone remote's notes: the presenter view's display, split at [click] markers with the current step marked.
export { default as NoteDisplay } from '@slidev/client/internals/NoteDisplay.vue'
// The windows' shared slide and click, its change hooks, and `patch` for the phone remote to move
// the talk as a window's keys do; Slidev exposes no sync API.
export { onPatch, onSharedUpdate, patch, sharedState } from '@slidev/client/state/shared.ts'
// Per-browser sync settings (localStorage `slidev-sync-directions`); set only by Slidev's own menu.
export { syncDirections } from '@slidev/client/state/storage.ts'
