// Records what Chromium renders, for the layout estimators' unit tests: tests/fixtures/rendered.json.
// Re-run after changing the typeface or the components' CSS: npm run build, then
// npx tsx scripts/record-text-metrics.ts (it serves dist/ itself).
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-chromium'
import { checkDeckData } from '../data/check.ts'
import { comparisonLayout, comparisonText, defaultCaption } from '../layout/comparison.ts'
import { findBrowser, launchOptions } from '../tooling/browser.ts'
import { serveStatic } from '../tooling/serve.ts'

const root = resolve(import.meta.dirname, '..')
const deck = checkDeckData(root)
const text = comparisonText(deck.scenarios, deck.frictions, defaultCaption(deck.scenarios.scenarios.length))
const strings = [...new Set([
  'The quick brown fox jumps over the lazy dog.',
  'SPHINX OF BLACK QUARTZ, JUDGE MY VOW!',
  '0123456789 2019 2023',
  'Strain',
  'bad dog, good pod: quip (bid) [pq]',
  'Wim Mumm @ 100% — “quoted” … ‘single’ – café',
  ...deck.milestones.flatMap(m => [m.title, m.detail]),
  text.caption,
  ...text.rowLabels,
  text.listLabel,
  ...text.columns.flatMap(c => [c.name, c.summary, ...c.cells, ...c.list]),
])]
const server = await serveStatic({ dir: resolve(root, 'dist') })
const browser = await chromium.launch(launchOptions())
const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
await page.addInitScript('window.__name = (f) => f')
await page.goto(`${server.url}5?clicks=99`)
await page.waitForTimeout(800)
const widths = await page.evaluate(`(async (strings) => {
  await document.fonts.ready
  const span = document.createElement('span'); span.style.cssText = 'position: absolute; left: 0; top: 0; width: max-content; white-space: pre; font-size: 100px'
  document.querySelector('.slidev-page-5 .slidev-layout').appendChild(span)
  const out = strings.map(s => { span.textContent = s; return [s, ...[400, 600, 700].map(w => { span.style.fontWeight = w; return Math.round(span.getBoundingClientRect().width * 10) / 1000 })] })
  span.remove(); return out
})(${JSON.stringify(strings)})`)
function heights(n: number, sel: string) {
  return page.evaluate(`(async () => {
  await document.fonts.ready
  const el = document.querySelector('.slidev-page-${n} ${sel}'); const original = el.className; const out = {}
  for (const s of ['lg', 'md', 'sm', 'xs']) {
    el.className = original.replace(/step-\\w+/, 'step-' + s)
    await new Promise(r => setTimeout(r, 400)) // Slidev's v-click targets transition all properties
    out[s] = Math.round(el.getBoundingClientRect().height * 10) / 10
  }
  el.className = original; return out
})()`)
}
const timeline = await heights(5, 'ol.timeline')
await page.goto(`${server.url}9?clicks=99`)
await page.waitForTimeout(800)
const comparison = await heights(9, 'table.comparison')
await browser.close()
await server.close()
const chromiumVersion = execFileSync(findBrowser().executablePath, ['--version']).toString().trim()
const layout = comparisonLayout(text)
writeFileSync(resolve(root, 'tests/fixtures/rendered.json'), `${JSON.stringify({
  $comment: `What ${chromiumVersion} rendered from the built deck (Inter 5.3, 980x552 canvas, 16 px root), recorded to check the layout estimates against: text widths in em at weights 400, 600 and 700; each component's height in px at each text step, for the deck's data as it was then.`,
  widths,
  timeline: { milestones: deck.milestones, heights: timeline },
  comparison: { text, labelWidth: layout.labelWidth, heights: comparison },
}, null, 2).replace(/\[\n\s+("(?:[^"\\]|\\.)*"),\n\s+([\d.]+),\n\s+([\d.]+),\n\s+([\d.]+)\n\s+\]/g, '[$1, $2, $3, $4]')}\n`)
console.log(timeline, comparison, layout.labelWidth)
