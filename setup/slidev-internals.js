// For the phone remote (remote/): the notes display of the presenter view (split at [click]
// markers, the current step highlighted and scrolled to), its clicks model, the presenter view's
// timer over the shared state, and Slidev's documented composables, from plain JavaScript too.
export { lockShortcuts, useNav } from '@slidev/client'
export { createClicksContextBase } from '@slidev/client/composables/useClicks.ts'
export { useTimer } from '@slidev/client/composables/useTimer.ts'
// Slidev's client state behind presenter/audience sync. Slidev ships it as raw TypeScript that
// does not type-check outside Slidev, so it is re-exported from plain JavaScript, typed by the
// .d.ts beside this file. Same module instances as Slidev's own (Vite resolves one path).
export { TRUST_ORIGINS } from '@slidev/client/constants.ts'
export { default as NoteDisplay } from '@slidev/client/internals/NoteDisplay.vue'
export { onPatch, onSharedUpdate, sharedState } from '@slidev/client/state/shared.ts'
export { patch } from '@slidev/client/state/shared.ts'
export { syncDirections } from '@slidev/client/state/storage.ts'
