// The slide check (tooling/checks/slide.ts) without a browser open: `npm run check` checks every
// slide at every click step headless. (Where the author works, in `npm run dev`: dev.spec.ts.)
// The same copy has the longest strings the word budget lets the timeline and the scenarios hold:
// the components adapt to them, and the check, which names the slides that do overflow, names
// none of theirs.
import { deck } from '../support/deck.ts'
import { escape, long, markersFor, named, paragraphs, placeOf } from '../support/faults.ts'
import { expect, run, test } from '../support/sandbox.ts'

// The deck itself passes the same check in tests/site/checks.spec.ts (checkRendered on the built site).
test('`npm run check` exits 1 on a copy with an overflowing slide and a friction title that wraps as its heading, naming each, and no slide of long strings', async ({ box }) => {
  test.setTimeout(180_000)
  box.edit('pages/08-conclusion.md', paragraphs)
  // Long strings, as long as the word budget lets a slide hold (longer is refused by the data check).
  const milestones = JSON.parse(box.read('data/milestones.json')).slice(0, 2)
  milestones[1].detail = long('Detail', 200)
  box.write('data/milestones.json', JSON.stringify(milestones, null, 2))
  const table = JSON.parse(box.read('data/scenarios.json'))
  table.scenarios = table.scenarios.slice(0, 2)
  table.scenarios[0].summary = long('Summary', 200)
  box.write('data/scenarios.json', JSON.stringify(table, null, 2))
  markersFor(box, 'pages/04-milestones.md', 2)
  markersFor(box, 'pages/07-road-ahead.md', 2, true)
  // The rule the fit model kept before rendering, now measured: a point's title heads its slide on one line.
  const title = 'Competing AI initiatives'
  // As many words (the scenario table lists the title, and is at its word budget), many more letters.
  const longer = 'Competing cross-company-artificial-intelligence initiatives'
  box.edit('data/frictions.json', text => text.replace(JSON.stringify(title), JSON.stringify(longer)))
  box.edit('pages/05-friction-points.md', text => text.replace(`## ${title}\n`, `## ${longer}\n`))
  const point = deck.slides.find(s => s.file === 'pages/05-friction-points.md' && s.title === title)!
  // A letter Inter lacks is refused before anything renders (tests/unit/deck-data.test.ts); text
  // drawn in another typeface, by the print step's same check (tests/faults/checks.spec.ts).
  const refused = await run(box.dir, 'tsx', ['scripts/deck.ts', 'check'], {}, 170_000)
  expect(refused.code, refused.output).toBe(1)
  expect(refused.output).toMatch(new RegExp(`${escape(named('pages/08-conclusion.md'))}: \\[overflow\\] <p> "Paragraph \\d: [^\\n]*" extends beyond the canvas by \\d+ px`))
  expect(refused.output).toContain(`slide ${point.no} "${longer}" (${point.file}:${point.line}): [heading] <h2> "${longer.slice(0, 40)}…" wraps onto 2 lines; a slide heading must fit one line (${placeOf(box.read('data/frictions.json'), longer)} [1].title)`)
  expect(refused.output).toContain('so nothing was written')
  // The slides of long strings: the timeline and the scenario slides.
  expect(refused.output).not.toMatch(/\((?:pages\/04-milestones|pages\/07-road-ahead)\.md:\d+\)/)
})
