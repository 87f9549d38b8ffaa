// `npm run check:data`: the data check that `dev`, `build` and `export` run first, on its own.
import process from 'node:process'
import { loadDeckData } from '../tooling/deck-data.ts'

try {
  const { timeline, frictions, comparison } = loadDeckData(process.cwd())
  console.log(`Data OK: ${timeline.milestones.length} milestones, ${frictions.frictions.length} friction points, ${comparison.text.columns.length} scenarios across ${comparison.text.rowLabels.length} dimensions; each fits its slide.`)
}
catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
