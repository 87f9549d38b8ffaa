import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { checkDeckData } from './data/check.ts'

const root = fileURLToPath(new URL('.', import.meta.url))

// Slidev merges this file into its own Vite config for `dev`, `build` and `export`.
export default defineConfig(() => {
  // Bad data stops every command here, with the file, the place and what was expected,
  // before anything is served or written.
  checkDeckData(root)

  // scripts/deck.ts builds the site with Slidev's print route (the PDF is printed from it)
  // and, for the private presenter edition, with the presenter view. Slidev ties both to
  // headmatter switches that would also run its own, untagged export, hence the defines.
  const features = (process.env.DECK_FEATURES ?? '').split(',')
  return {
    define: {
      ...features.includes('print') && { __SLIDEV_FEATURE_PRINT__: 'true' },
      ...features.includes('presenter') && { __SLIDEV_FEATURE_PRESENTER__: 'true' },
    },
  }
})
