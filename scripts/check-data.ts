// `npm run check:data`: the data check that `dev`, `build` and `export` run first, on its own:
// schema, cross-references and word budgets. Whether the data fits its slides is measured on the
// rendered slides (`npm run dev`, `npm run check`).
import process from 'node:process'
import { loadDeckData } from '../tooling/deck-data.ts'

try {
  const { timeline, frictions, comparison } = loadDeckData(process.cwd())
  console.log(`Data OK: ${timeline.milestones.length} milestones, ${frictions.frictions.length} friction points, ${comparison.text.columns.length} scenarios across ${comparison.text.rowLabels.length} dimensions.`)
}
catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
