// `npm run check:data`: the data check that `dev`, `build` and `export` run first, on its own.
import process from 'node:process'
import { checkDeckData } from '../data/check.ts'

try {
  const data = checkDeckData(process.cwd())
  console.log(`Data OK: ${data.milestones.length} milestones, ${data.frictions.length} friction points, ${data.scenarios.scenarios.length} scenarios across ${data.scenarios.dimensions.length} dimensions.`)
}
catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
