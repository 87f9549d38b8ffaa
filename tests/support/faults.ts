// The source problems the fault tests break a copy of the deck with, and how the commands' messages
// name a slide: shared by the content-check tests (checks.spec.ts) and the dev server's (dev.spec.ts).
import type { Sandbox } from './sandbox.ts'
import { deck, slideFrom } from './deck.ts'
import { expect } from './sandbox.ts'

/** How a message names a slide, written out here from the deck's Markdown (not by the code under test). */
export function named(file: string, which: (content: string) => boolean = () => true) {
  const slide = deck.slides.find(s => s.file === file && which(s.content)) ?? slideFrom(file)
  return `slide ${slide.no} "${slide.title}" (${slide.file}:${slide.line})`
}

interface SourceFault {
  name: string
  break: (box: Sandbox) => void
  /** What the refusal must say, each part in order on one line. */
  says: (box: Sandbox) => string[]
}

export const SOURCE_FAULTS: SourceFault[] = [
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

export function expectLine(output: string, parts: string[]) {
  const line = output.split('\n').find(l => l.includes(parts[0]!) && parts.every(part => l.includes(part)))
  expect(line, `a line with ${parts.map(p => JSON.stringify(p)).join(' and ')} in:\n${output}`).toBeTruthy()
}

/** Eight short paragraphs under the conclusion's motif: the author's case from issue 20. */
export const paragraphs = (text: string) => text.replace('<CoverMotif />', `<CoverMotif />\n\n${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}: one more thing the audience should know.</p>`).join('\n\n')}`)

/** Where a text is written in a data file, found by hand: line and column of its opening quote. */
export function placeOf(json: string, text: string, file = 'data/frictions.json') {
  const lines = json.split('\n')
  const line = lines.findIndex(l => l.includes(JSON.stringify(text)))
  expect(line).toBeGreaterThanOrEqual(0)
  return `${file}:${line + 1}:${lines[line]!.indexOf(JSON.stringify(text)) + 1}`
}

export function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The notes of data-driven slides with one [click] marker per entry, as their author would write
 * them: the timeline, the friction overview and the scenario slides reveal one entry per click,
 * and the commands refuse a deck whose markers do not match. `every`: each slide of the file, not
 * only its first.
 */
export function markersFor(box: Sandbox, file: string, steps: number, every = false) {
  box.edit(file, text => text.replace(every ? /<!--([\s\S]*?)-->/g : /<!--([\s\S]*?)-->/, (_, note: string) =>
    `<!--\n${note.split('[click]')[0]!.trim()}\n\n${Array.from({ length: steps }, (_, i) => `[click] Entry ${i + 1}.`).join('\n\n')}\n-->`))
}

export const long = (seed: string, length = 300) => `${seed} `.repeat(60).slice(0, length - 1).trim().padEnd(length, '.')
