// The deck's data, parsed and validated once. Components and tests import from here, never the raw JSON.
// `?raw` keeps the source text so that a syntax error can be reported with its line and column.
import frictions from './frictions.json?raw'
import milestones from './milestones.json?raw'
import { loadDeckData } from './parse.ts'
import scenarios from './scenarios.json?raw'

export const deck = loadDeckData({ milestones, frictions, scenarios })

export type { Dimension, Friction, Milestone, Scenario, ScenarioComparison } from './schema.ts'
