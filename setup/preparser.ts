import { definePreparserSetup } from '@slidev/types'

// Speaker notes are the presenter's own words, shown as text. Slidev renders them as HTML and
// inserts them with v-html in the presenter view, where an `<img onerror>` pasted into a note would
// run. Escaping the three HTML characters keeps Markdown (emphasis, lists, [click] markers) working.
export default definePreparserSetup(() => [
  {
    name: 'deck:notes-as-text',
    async transformNote(note) {
      return note?.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    },
  },
])
