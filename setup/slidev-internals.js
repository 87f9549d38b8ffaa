// Slidev's client state behind presenter/audience sync. Slidev ships it as raw TypeScript that
// does not type-check outside Slidev, so it is re-exported from plain JavaScript, typed by the
// .d.ts beside this file. Same module instances as Slidev's own (Vite resolves one path).
export { TRUST_ORIGINS } from '@slidev/client/constants.ts'
export { onPatch, onSharedUpdate, sharedState } from '@slidev/client/state/shared.ts'
export { syncDirections } from '@slidev/client/state/storage.ts'
