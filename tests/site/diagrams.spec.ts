import { DOM, slideSelector } from '../../tooling/slidev/index.ts'
// The Mermaid diagrams on the site: drawn, and saying what their source says, word for word.
import { deck, mermaidLabels, squash } from '../support/deck.ts'
import { expect, openSlide, test } from '../support/site.ts'

test('every diagram shows each label of its source text', async ({ page, site }) => {
  const withDiagrams = deck.slides.filter(s => s.content.includes('```mermaid'))
  expect(withDiagrams.length).toBeGreaterThanOrEqual(2)
  for (const slide of withDiagrams) {
    await openSlide(page, site, slide.no, slide.noteClicks)
    const labels = mermaidLabels(slide.content)
    expect(labels.length, `labels parsed from ${slide.file}`).toBeGreaterThan(2)
    const drawn = await page.locator(`${slideSelector(slide.no)} ${DOM.mermaid}`).evaluateAll(hosts =>
      hosts.map(host => [...(host.shadowRoot?.querySelectorAll('svg text, svg .nodeLabel, svg .messageText') ?? [])].map(n => n.textContent ?? '').join(' ')).join(' '))
    for (const label of labels)
      expect.soft(squash(drawn), `slide ${slide.no}: "${label}"`).toContain(squash(label))
  }
})
