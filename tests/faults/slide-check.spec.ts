// The slide check (tooling/checks/slide.ts) where the author works: in `npm run dev`, on the slide
// on screen, a saved edit that makes it overflow is named in the terminal (slide, page file, data
// position) and outlined on the slide, and undoing it clears both; and `npm run check`, which
// checks every slide at every click step headless.
import { freePort } from '../../tooling/serve.ts'
import { slideSelector } from '../../tooling/slidev/index.ts'
import { deck, slideFrom } from '../support/deck.ts'
import { devAddress, expect, run, start, test } from '../support/sandbox.ts'

/** Generous for a busy 2-core machine: it catches a check that waits for a build, not jitter. */
const QUICK = 20_000

/** How a message names a slide, written out here from the deck's Markdown (not by the code under test). */
function named(file: string) {
  const slide = slideFrom(file)
  return `slide ${slide.no} "${slide.title}" (${slide.file}:${slide.line})`
}

/** Eight short paragraphs under the conclusion's motif: the author's case from issue 20. */
const paragraphs = (text: string) => text.replace('<CoverMotif />', `<CoverMotif />\n\n${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}: one more thing the audience should know.</p>`).join('\n\n')}`)

test('`npm run dev` names an overflowing slide in the terminal and on the slide, from data and from Markdown, until the edit is undone', async ({ box, page }) => {
  test.setTimeout(180_000)
  const dev = start(box.dir, 'slidev', ['--port', String(await freePort())], {}, 175_000)
  const marks = page.locator('[data-deck-dev-problem]')
  const labels = page.locator('.deck-dev-problem-label')
  try {
    const url = (await devAddress(dev, 60_000)).origin

    // (a) The last milestone's detail lengthened, its last word joined to a long hyphenated run
    // (one word still: the timeline is at its word budget; within the schema's 300 characters):
    // its text runs over the footer at the last click step.
    const timeline = slideFrom('pages/04-milestones.md')
    const clicks = timeline.noteClicks
    await page.goto(`${url}/${timeline.no}?clicks=${clicks}`, { timeout: 90_000 })
    await expect(page.locator(`${slideSelector(timeline.no)} .timeline .entry`).last()).toBeVisible({ timeout: 60_000 })
    const original = box.read('data/milestones.json')
    const detail = (JSON.parse(original) as Array<{ detail: string }>).at(-1)!.detail
    const longer = detail.replace(/(\S+?)(\.?)$/, `$1-${Array.from({ length: 18 }, () => 'renegotiation').join('-')}$2`)
    expect(longer.length).toBeLessThanOrEqual(300)
    box.write('data/milestones.json', original.replace(JSON.stringify(detail), JSON.stringify(longer)))
    const place = `${placeOf(box.read('data/milestones.json'), longer, 'data/milestones.json')} [4].detail`
    await dev.waitFor(new RegExp(`✖ .*${escape(named('pages/04-milestones.md'))}, at click ${clicks}: \\[overflow\\] <p class="detail"> "${escape(longer.slice(0, 40))}…" [^\\n]* by \\d+ px \\(${escape(place)}\\)\\. Shorten or split`), QUICK)
    await expect(marks.first()).toHaveAttribute('data-deck-dev-problem', 'overflow', { timeout: QUICK })
    await expect(labels.first()).toContainText(/^overflow: .* by \d+ px$/)
    // (c) Undone: the terminal says so, the outline and the label go.
    box.write('data/milestones.json', original)
    await dev.waitFor(new RegExp(`✔ ${escape(named('pages/04-milestones.md'))}, at click ${clicks}: the slide check passes again`), QUICK)
    await expect(marks).toHaveCount(0, { timeout: QUICK })
    await expect(labels).toHaveCount(0)

    // (b) Paragraphs added to a Markdown page: the hot update alone re-checks the slide.
    const conclusion = slideFrom('pages/08-conclusion.md')
    await page.goto(`${url}/${conclusion.no}`)
    await expect(page.locator(`${slideSelector(conclusion.no)} .cover-motif`)).toBeVisible({ timeout: 60_000 })
    const page08 = box.read('pages/08-conclusion.md')
    box.write('pages/08-conclusion.md', paragraphs(page08))
    await dev.waitFor(new RegExp(`✖ .*${escape(named('pages/08-conclusion.md'))}: \\[overflow\\] <p> "Paragraph \\d: [^\\n]*" extends beyond the canvas by \\d+ px\\. Shorten or split`), QUICK)
    await expect(page.locator(`${slideSelector(conclusion.no)} [data-deck-dev-problem]`).first()).toBeVisible({ timeout: QUICK })
    box.write('pages/08-conclusion.md', page08)
    await dev.waitFor(new RegExp(`✔ ${escape(named('pages/08-conclusion.md'))}: the slide check passes again`), QUICK)
    await expect(marks).toHaveCount(0, { timeout: QUICK })
  }
  finally {
    dev.child.kill('SIGTERM')
    await dev.done
  }
})

// The deck itself passes the same check in tests/site/checks.spec.ts (checkRendered on the built site).
test('`npm run check` exits 1 on a copy with an overflowing slide and a friction title that wraps as its heading, naming each', async ({ box }) => {
  test.setTimeout(180_000)
  box.edit('pages/08-conclusion.md', paragraphs)
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
})

/** Where a text is written in a data file, found by hand: line and column of its opening quote. */
function placeOf(json: string, text: string, file = 'data/frictions.json') {
  const lines = json.split('\n')
  const line = lines.findIndex(l => l.includes(JSON.stringify(text)))
  expect(line).toBeGreaterThanOrEqual(0)
  return `${file}:${line + 1}:${lines[line]!.indexOf(JSON.stringify(text)) + 1}`
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
