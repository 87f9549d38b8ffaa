// The reading view's slide component (reading/ReadingView.vue, loaded only with that view). Plain
// JavaScript typed by printed-slide.d.ts: Slidev's components are raw TypeScript that does not
// type-check outside Slidev.

// A slide rendered as the print route renders it (final click state, no chrome); not a public component.
export { default as PrintedSlide } from '@slidev/client/internals/PrintSlide.vue'
