// Valid but extreme data, and hostile strings in data and notes: the components adapt without
// overflowing, the PDF keeps one page per slide, and nothing in a string is ever run. (Long strings,
// as long as the word budget lets a slide hold: tests/faults/slide-check.spec.ts; hostile notes in
// the presenter view: tests/faults/dev.spec.ts.)
import type { Sandbox } from '../support/sandbox.ts'
import { join } from 'node:path'
import { loadDeck } from '../../tooling/deck-summary.ts'
import { serveStatic } from '../../tooling/serve.ts'
import { slideSelector } from '../../tooling/slidev/index.ts'
import { HOSTILE } from '../fixtures/index.ts'
import { markersFor } from '../support/faults.ts'
import { readPdf } from '../support/pdf.ts'
import { makeSandbox, run } from '../support/sandbox.ts'
import { expect, settle, test } from '../support/site.ts'

const VARIANTS = {
  // The most each data-driven slide holds within the legibility budget (layout/geometry.ts BUDGET):
  // five milestones, one friction point per page slide, four scenarios of short cells.
  'five milestones, three friction points and four scenarios, with hostile strings': (box: Sandbox) => {
    // A point's title is also the heading of its slide, written in the page (the data check keeps
    // the two the same): author-written Markdown, so the hostile strings go in the points' claims
    // and specifics. (Hostile titles in the overview and the comparison: tests/unit/components.test.ts.)
    const titles = (JSON.parse(box.read('data/frictions.json')) as Array<{ title: string }>).map(f => f.title)
    box.edit('pages/05-friction-points.md', text => titles.reduce((page, title, i) => page.replace(`\n## ${title}\n`, `\n## Point ${i + 1}\n`), text))
    box.write('data/frictions.json', JSON.stringify(Array.from({ length: 3 }, (_, i) => ({
      id: i === 0 ? 'governance' : `point-${i + 1}`,
      title: `Point ${i + 1}`,
      claim: i === 1 ? HOSTILE[1] : 'One sentence says what is at stake.',
      specifics: [i === 0 ? HOSTILE[0] : i === 2 ? HOSTILE[2] : 'A short specific'],
    })), null, 2))
    box.write('data/milestones.json', JSON.stringify(Array.from({ length: 5 }, (_, i) => ({
      year: 2016 + i,
      title: i === 3 ? HOSTILE[0] : `Milestone ${i + 1}`,
      detail: i === 1 ? HOSTILE[1] : i === 2 ? HOSTILE[2] : 'What happened.',
      ...(i === 4 && { kind: 'strain' }),
    })), null, 2))
    const table = JSON.parse(box.read('data/scenarios.json'))
    table.scenarios = Array.from({ length: 4 }, (_, i) => ({
      id: `scenario-${i + 1}`,
      name: i === 1 ? HOSTILE[2] : `Scenario ${i + 1}`,
      summary: i === 2 ? HOSTILE[1] : i === 3 ? HOSTILE[0] : 'A short summary.',
      cells: Object.fromEntries(table.dimensions.map((d: { id: string }) => [d.id, i === 3 ? HOSTILE[0] : 'Brief'])),
      answers: ['governance'],
    }))
    box.write('data/scenarios.json', JSON.stringify(table, null, 2))
    markersFor(box, 'pages/04-milestones.md', 5)
    markersFor(box, 'pages/07-road-ahead.md', 4, true)
  },
}

for (const [name, apply] of Object.entries(VARIANTS)) {
  test.describe(name, () => {
    test.describe.configure({ mode: 'serial' })
    let box: Sandbox

    test.beforeAll(async () => {
      // The public build, with the PDF only: over a minute on a busy machine.
      test.setTimeout(240_000)
      box = makeSandbox()
      apply(box)
      // And HTML and template syntax in a slide's notes.
      box.edit('pages/02-opening.md', text => text.replace('The relationship started out as symbiotic.', `The relationship started out as symbiotic. ${HOSTILE.join(' ')}`))
      const built = await run(box.dir, 'tsx', ['scripts/deck.ts', 'build', '--base', '/deck/', '--out', 'dist', '--exports', 'exports', '--format', 'pdf'], {}, 230_000)
      expect(built.code, built.output).toBe(0)
    })
    test.afterAll(() => box?.remove())

    test('the PDF still has one page per slide', async () => {
      const deck = await loadDeck(box.dir)
      const pdf = await readPdf(join(box.dir, 'exports', `${deck.exportFilename}.pdf`))
      expect(pdf.pages).toHaveLength(deck.slides.length)
    })

    test('no string runs as code or template', async ({ page }) => {
      const deck = await loadDeck(box.dir)
      const server = await serveStatic({ dir: join(box.dir, 'dist'), base: '/deck/' })
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      try {
        // Nothing overflows: the build above passed its print step, which checks every slide at
        // every click step (an overflowing copy is refused: tests/faults/checks.spec.ts).
        for (const file of ['pages/04-milestones.md', 'pages/07-road-ahead.md']) {
          const slide = deck.slides.find(s => s.file === file)!
          await page.goto(`${server.url}${slide.no}?clicks=99`)
          await settle(page, slide.no)
          const text = await page.locator(slideSelector(slide.no)).textContent() ?? ''
          // Each slide carries all three, as text.
          for (const hostile of HOSTILE)
            expect(text, file).toContain(hostile)
          expect(text, file).not.toContain('49')
        }
        expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined()
        expect(dialogs).toEqual([])
      }
      finally {
        await server.close()
      }
    })

    test('notes with HTML are printed as text in the handout', async () => {
      const deck = await loadDeck(box.dir)
      const handout = await readPdf(join(box.dir, 'exports', `${deck.exportFilename}-handout.pdf`))
      expect(handout.pages[1]!.text.replace(/\s+/g, '')).toContain(HOSTILE[1]!.replace(/\s+/g, ''))
    })
  })
}
