// `npm run check:data`: the data check that `dev`, `build` and `export` run first, on its own.
import process from 'node:process'
import { frictionLayout } from '../layout/frictions.ts'
import { layoutContext, loadDeckData } from '../tooling/deck-data.ts'

try {
  const context = layoutContext(process.cwd())
  const { timeline, frictions, comparison } = loadDeckData(process.cwd(), context)
  const px = (n: number) => `${Math.round(n)} px`
  console.log([
    `Data OK: ${timeline.milestones.length} milestones (${px(timeline.layout.height)} tall),`,
    `${frictions.frictions.length} friction points (${px(frictionLayout(frictions.frictions, context.box, context.measure).height)}),`,
    `${comparison.text.columns.length} scenarios across ${comparison.text.rowLabels.length} dimensions (${px(comparison.layout.height)});`,
    `each fits the ${context.box.width} x ${context.box.height} px content box.`,
  ].join(' '))
}
catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
