// The content checks through the real commands, on a copy of the deck: each problem refuses the
// command with a message naming the slide (number, title, file and line) and what to do, and
// nothing is written; --allow-warnings writes the files and says so, in the output and the PDFs.
import type { Sandbox } from '../support/sandbox.ts'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { freePort } from '../../tooling/serve.ts'
import { DOM, slideSelector } from '../../tooling/slidev/index.ts'
import { data, deck, slideFrom } from '../support/deck.ts'
import { readPdf } from '../support/pdf.ts'
import { devAddress, expect, makeSandbox, run, start, test } from '../support/sandbox.ts'

/** Generous for a busy 2-core machine: it catches a check that waits for a build, not jitter. */
const QUICK = 20_000

/** How a message names a slide, written out here from the deck's Markdown (not by the code under test). */
function named(file: string, which: (content: string) => boolean = () => true) {
  const slide = deck.slides.find(s => s.file === file && which(s.content)) ?? slideFrom(file)
  return `slide ${slide.no} "${slide.title}" (${slide.file}:${slide.line})`
}

interface SourceFault {
  name: string
  break: (box: Sandbox) => void
  /** What the refusal must say, each part in order on one line. */
  says: (box: Sandbox) => string[]
}

const SOURCE_FAULTS: SourceFault[] = [
  {
    name: 'a `src:` page that does not exist',
    break: box => box.edit('slides.md', text => `${text.trimEnd()}\n\n---\nsrc: ./pages/09-appendix.md\n---\n`),
    // Slidev's parser places it on the `---` line that opens the entry (the line before `src:`).
    says: box => [`slides.md:${box.read('slides.md').split('\n').indexOf('src: ./pages/09-appendix.md')}: [missing file] src: pages/09-appendix.md does not exist`, 'Create the page file or fix the src: path'],
  },
  {
    name: 'an image that does not exist',
    break: box => box.edit('pages/02-opening.md', text => text.replace('<div class="grid', '![The deal in numbers](/deal-chart.png)\n\n<div class="grid')),
    says: () => [named('pages/02-opening.md'), '[missing file] the image "/deal-chart.png" does not exist (looked in public/deal-chart.png)'],
  },
  {
    name: 'an image from the internet',
    break: box => box.edit('pages/06-industry-implications.md', text => text.replace('</div>', '</div>\n\n<img src="https://example.com/cloud-logos.png" alt="Cloud logos">')),
    says: () => [named('pages/06-industry-implications.md'), '[offline] the image "https://example.com/cloud-logos.png" comes from the internet', 'Put the file in public/'],
  },
  {
    name: 'a component that does not exist (a typo)',
    break: box => box.edit('pages/05-friction-points.md', text => text.replace('<FrictionPoints ', '<FrictionPionts ')),
    says: () => [named('pages/05-friction-points.md'), '[component] <FrictionPionts> is not a component', 'Add components/FrictionPionts.vue or fix the name'],
  },
  {
    name: 'a layout that does not exist',
    break: box => box.edit('pages/08-conclusion.md', text => text.replace('layout: cover', 'layout: covr')),
    says: () => [named('pages/08-conclusion.md'), '[layout] layout "covr" does not exist', 'cover'],
  },
  {
    name: 'a slide without speaker notes',
    break: box => box.edit('pages/01-title.md', text => text.replace(/<!--[\s\S]*?-->\s*$/, '')),
    says: () => [named('pages/01-title.md'), '[notes] the slide has no speaker notes'],
  },
  {
    name: 'a slide without a heading',
    break: box => box.edit('pages/06-industry-implications.md', text => text.replace('# Industry-wide implications', '<p class="lead">Industry-wide implications</p>')),
    // The slide's title comes from its heading, so without one the message names it by number and file.
    says: () => [`slide ${slideFrom('pages/06-industry-implications.md').no} "" (pages/06-industry-implications.md:1)`, '[heading] the slide has no # or ## heading'],
  },
  {
    name: 'a [click] marker missing from the notes of a slide with plain v-click steps',
    // pages/02-opening.md has two `v-click` sections and two markers.
    break: box => box.edit('pages/02-opening.md', text => text.replace('[click] Microsoft brought', 'Microsoft brought')),
    says: () => [named('pages/02-opening.md'), '[click markers] the slide has 2 click steps but its notes have 1 [click] marker'],
  },
]

function expectLine(output: string, parts: string[]) {
  const line = output.split('\n').find(l => l.includes(parts[0]!) && parts.every(part => l.includes(part)))
  expect(line, `a line with ${parts.map(p => JSON.stringify(p)).join(' and ')} in:\n${output}`).toBeTruthy()
}

for (const fault of SOURCE_FAULTS) {
  test(`the export refuses ${fault.name}, before building, and writes nothing`, async ({ box }) => {
    fault.break(box)
    const result = await run(box.dir, 'tsx', ['scripts/deck.ts', 'export'])
    expect(result.code, result.output).toBe(1)
    expectLine(result.output, fault.says(box))
    expect(result.output).toContain('so nothing was written')
    expect(result.output).toContain('--allow-warnings')
    expect(result.output).not.toContain('Building the site')
    expect(result.ms).toBeLessThan(QUICK)
    expect(existsSync(join(box.dir, 'exports'))).toBe(false)
  })
}

test('the build refuses a source problem too, and the previous site stays as it was', async ({ box }) => {
  mkdirSync(join(box.dir, 'dist'))
  writeFileSync(join(box.dir, 'dist', 'index.html'), 'the previous build')
  SOURCE_FAULTS[1]!.break(box)
  const result = await run(box.dir, 'tsx', ['scripts/deck.ts', 'build'])
  expect(result.code).toBe(1)
  expectLine(result.output, SOURCE_FAULTS[1]!.says(box))
  expect(readFileSync(join(box.dir, 'dist', 'index.html'), 'utf8')).toBe('the previous build')
  expect(readdirSync(box.dir).filter(name => name.includes('partial'))).toEqual([])
})

// What only the rendered slides show, all broken in one copy (one build for all of them): text
// that runs off the slide, a font of its own, a data-driven slide with a marker too few, a broken
// diagram and an image that does not load. Then the same copy exported past them.
test.describe('problems only the rendered slides show', () => {
  test.describe.configure({ mode: 'serial' })
  let box: Sandbox
  const exportsDir = () => join(box.dir, 'exports')
  const pdfPath = () => join(exportsDir(), `${deck.exportFilename}.pdf`)
  const handoutPath = () => join(exportsDir(), `${deck.exportFilename}-handout.pdf`)
  const milestones = data.timeline.milestones.length
  const EXPECTED = [
    // The author's case from the issue: eight short paragraphs added to the last slide.
    [named('pages/08-conclusion.md'), '[overflow] ', 'extends beyond the canvas', 'Shorten or split the content'],
    [named('pages/06-industry-implications.md'), '[fonts] text drawn in "', 'instead of Inter', 'Startup dilemmas'],
    // One click step per milestone (the timeline reveals them one by one): only the browser can count these.
    [named('pages/04-milestones.md'), `[click markers] the slide has ${milestones} click steps but its notes have ${milestones - 1} [click] markers`],
    [named('pages/03-rise-and-evolution.md', content => content.includes('sequenceDiagram')), '[diagram] a Mermaid diagram failed to render: ', 'Fix the diagram'],
    [named('pages/07-road-ahead.md', content => content.includes('<ScenarioComparison')), '[missing file] the image "/scenario-key.png" did not load'],
  ]

  test.beforeAll(() => {
    box = makeSandbox()
    box.edit('pages/08-conclusion.md', text => text.replace('<CoverMotif />', `<CoverMotif />\n\n${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}: one more thing the audience should know.</p>`).join('\n\n')}`))
    box.edit('pages/06-industry-implications.md', text => text.replace('<p class="card-title">Startup dilemmas</p>', '<p class="card-title" style="font-family: serif">Startup dilemmas</p>'))
    box.edit('pages/04-milestones.md', text => text.replace(/\[click\] (?![\s\S]*\[click\])/, ''))
    box.edit('pages/03-rise-and-evolution.md', text => text.replace('sequenceDiagram', 'sequenceDiagramm'))
    // Inside a component, where no Markdown check looks: the browser finds it.
    // (A literal src="/missing.png" in a component already fails the site build; a bound one does not.)
    box.write('components/ScenarioKey.vue', '<script setup lang="ts">\nconst src = \'/scenario-key.png\'\n</script>\n\n<template>\n  <img class="scenario-key" :src="src" alt="How to read the table">\n</template>\n')
    box.edit('pages/07-road-ahead.md', text => text.replace('<p class="source">', '<ScenarioKey />\n\n<p class="source">'))
    // Outputs of an earlier export: a refused export must leave them as they were.
    mkdirSync(exportsDir())
    writeFileSync(pdfPath(), 'the previous PDF')
    writeFileSync(handoutPath(), 'the previous handout')
  })
  test.afterAll(() => box?.remove())

  test('the export refuses them in the print step, fast, naming each slide, and writes nothing', async () => {
    test.setTimeout(180_000)
    const running = start(box.dir, 'tsx', ['scripts/deck.ts', 'export'], {}, 170_000)
    await running.waitFor(/Chromium: checking/, 150_000)
    const checking = Date.now()
    const result = await running.done
    expect(result.code, result.output).toBe(1)
    for (const parts of EXPECTED)
      expectLine(result.output, parts)
    expect(result.output).toContain('so nothing was written')
    expect(result.output).not.toContain('PDF: printing')
    // Slidev's own export waits 60 s on a broken diagram and then dies on a selector time-out.
    expect(Date.now() - checking).toBeLessThan(QUICK)
    expect(readFileSync(pdfPath(), 'utf8')).toBe('the previous PDF')
    expect(readFileSync(handoutPath(), 'utf8')).toBe('the previous handout')
    expect(readdirSync(exportsDir()).sort()).toEqual([`${deck.exportFilename}-handout.pdf`, `${deck.exportFilename}.pdf`])
  })

  test('--allow-warnings writes the files, says each problem at once and again at the end, and marks both PDFs', async () => {
    test.setTimeout(180_000)
    // And a problem the source checks find, which must pass the same way.
    box.edit('pages/01-title.md', text => text.replace(/<!--[\s\S]*?-->\s*$/, ''))
    const notes = [named('pages/01-title.md'), '[notes] the slide has no speaker notes']
    const result = await run(box.dir, 'tsx', ['scripts/deck.ts', 'export', '--allow-warnings', '--format', 'pdf'], {}, 170_000)
    expect(result.code, result.output).toBe(0)
    const [during, after] = result.output.split(/Written with --allow-warnings despite \d+ problems/)
    expect(after, 'the closing list').toBeDefined()
    for (const parts of [notes, ...EXPECTED]) {
      expectLine(during!, ['⚠ ', ...parts])
      expectLine(after!, parts)
    }
    for (const file of [pdfPath(), handoutPath()]) {
      const pdf = await readPdf(file)
      expect(pdf.pages.length).toBeGreaterThan(0)
      expect(pdf.info.Keywords, file).toContain('unchecked: exported with --allow-warnings')
      const listed = String((pdf.info.Custom as Record<string, unknown> | undefined)?.DeckCheckWarnings ?? '')
      for (const parts of [notes, ...EXPECTED])
        expectLine(listed, parts)
    }
  })
})

test('while `npm run dev` serves the deck, a problem is printed and shown over the slides until it is fixed', async ({ box, page }) => {
  test.setTimeout(180_000)
  const missing = SOURCE_FAULTS[0]!
  missing.break(box)
  const dev = start(box.dir, 'slidev', ['--port', String(await freePort())], {}, 175_000)
  try {
    // At start, in the terminal.
    const url = (await devAddress(dev, 60_000)).origin
    await dev.waitFor(/✖ 1 problem in the deck/, QUICK)
    expectLine(dev.output(), missing.says(box))
    // A window opened while it stands shows it in Vite's overlay.
    const slide = slideFrom('pages/02-opening.md')
    await page.goto(`${url}/${slide.no}`, { timeout: 90_000 })
    const overlay = page.locator('vite-error-overlay')
    await expect(overlay).toContainText('src: pages/09-appendix.md does not exist', { timeout: 60_000 })
    // Fixed: the overlay goes, the terminal says so.
    box.edit('slides.md', text => text.replace(/\n---\nsrc: \.\/pages\/09-appendix\.md\n---\n/, '\n'))
    await expect(overlay).toHaveCount(0, { timeout: QUICK })
    await dev.waitFor(/content checks pass again/, QUICK)
    // A mistake saved while presenting: shown on the slide at once.
    await expect(page.locator(`${slideSelector(slide.no)} ${DOM.layout}`)).toBeVisible({ timeout: 60_000 })
    SOURCE_FAULTS.at(-1)!.break(box)
    await expect(overlay).toContainText('[click markers] the slide has 2 click steps but its notes have 1 [click] marker', { timeout: QUICK })
    await expect(overlay).toContainText(named('pages/02-opening.md'))
  }
  finally {
    dev.child.kill('SIGTERM')
    await dev.done
  }
})
