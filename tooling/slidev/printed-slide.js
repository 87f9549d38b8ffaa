// The reading view's slide: Slidev's print rendering of one slide (final click state, no chrome),
// not a public component. Apart from ./client.js so that only the reading view loads it.
export { default as PrintedSlide } from '@slidev/client/internals/PrintSlide.vue'
