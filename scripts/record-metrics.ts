// `npm run record:metrics`: renders every layout case (tests/fixtures/index.ts) on a real slide in
// Chromium (the layout harness) and writes the heights to tests/fixtures/rendered.json, with a
// fingerprint of what they depend on. tests/unit/fit-accuracy.test.ts compares the fit check with
// them and fails when the fingerprint no longer matches: re-run this command then.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-chromium'
import { layoutCases, renderingInputs, WIDTH_SAMPLES } from '../tests/fixtures/index.ts'
import { findBrowser, scriptLaunchOptions } from '../tooling/browser.ts'
import { renderInHarness, startHarness } from '../tooling/layout-harness.ts'
import { DOM } from '../tooling/slidev/index.ts'

const root = resolve(import.meta.dirname, '..')
const cases = layoutCases()
const harness = await startHarness(root)
const browser = await chromium.launch(scriptLaunchOptions())
try {
  const page = await browser.newPage({ viewport: harness.canvas })
  const rendered = []
  const nameWidth = Math.max(...cases.map(c => c.name.length))
  for (const { name, kind, props } of cases) {
    const { height } = await renderInHarness(page, harness, kind, props)
    rendered.push({ name, kind, height: Math.round(height * 100) / 100 })
    console.log(`${name.padEnd(nameWidth)} ${height.toFixed(1)} px`)
  }
  // Text widths as Chromium sets them in Inter on a slide, in em, at each weight the deck uses.
  const widths = await page.evaluate(async ({ samples, layout }) => {
    await document.fonts.ready
    const span = document.createElement('span')
    span.style.cssText = 'position: absolute; left: 0; top: 0; width: max-content; white-space: pre; font-size: 100px'
    span.style.fontFamily = getComputedStyle(document.querySelector(layout)!).fontFamily
    document.body.appendChild(span)
    const out = samples.map((text) => {
      span.textContent = text
      return [text, ...[400, 600, 700].map((weight) => {
        span.style.fontWeight = String(weight)
        return Math.round(span.getBoundingClientRect().width * 10) / 1000
      })]
    })
    span.remove()
    return out
  }, { samples: [...WIDTH_SAMPLES], layout: DOM.layout })
  writeFileSync(resolve(root, 'tests/fixtures/rendered.json'), `${JSON.stringify({
    $comment: 'Heights in canvas px that Chromium rendered for each layout case (tests/fixtures/index.ts), written by `npm run record:metrics`. `inputs` fingerprints what they depend on.',
    chromium: execFileSync(findBrowser().executablePath, ['--version']).toString().trim(),
    inputs: renderingInputs(cases),
    cases: rendered,
    widths,
  }, null, 2)}\n`)
}
finally {
  await browser.close()
  await harness.close()
}
