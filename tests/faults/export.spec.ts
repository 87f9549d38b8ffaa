// The export under stress: no browser, an interrupt, a failed build. Each ends at once, says why,
// and leaves neither a partial PDF nor a running process behind.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { descendants, expect, isAlive, run, start, test } from '../support/sandbox.ts'

const QUICK = 20_000

// A broken Mermaid diagram: tests/faults/checks.spec.ts (the content checks refuse it in the print step).

test('with no browser anywhere, the export stops at once with the command that installs one', async ({ box }) => {
  // A PATH with node on it and no browser; Playwright's own browsers pointed at nothing.
  const bin = join(box.dir, 'bin')
  mkdirSync(bin)
  symlinkSync(process.execPath, join(bin, 'node'))
  const result = await run(box.dir, 'tsx', ['scripts/deck.ts', 'export'], { PATH: bin, CHROMIUM_PATH: '', PLAYWRIGHT_BROWSERS_PATH: join(box.dir, 'none') })
  expect(result.code).toBe(1)
  expect(result.output).toContain('No Chromium or Chrome found')
  expect(result.output).toContain('apt-get install -y chromium')
  expect(result.output).toContain('npx playwright install chromium')
  expect(result.ms).toBeLessThan(QUICK)
  expect(existsSync(join(box.dir, 'exports'))).toBe(false)
})

test('an unknown export format stops at once, naming the formats there are', async ({ box }) => {
  const result = await run(box.dir, 'tsx', ['scripts/deck.ts', 'export', '--format', 'pdf,docx'])
  expect(result.code).toBe(1)
  expect(result.output).toContain('--format: expected a comma-separated list of pdf, pptx, png, steps, got "pdf,docx"')
  expect(result.ms).toBeLessThan(QUICK)
  expect(existsSync(join(box.dir, 'exports'))).toBe(false)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`an export stopped by ${signal} halfway leaves no PDF and no process behind`, async ({ box }) => {
    // The site build alone takes 30 s and more on a busy machine: the waits are for that, not goals.
    test.setTimeout(240_000)
    const running = start(box.dir, 'tsx', ['scripts/deck.ts', 'export'], {}, 200_000)
    // Halfway: the site is built, the PDF and the PNGs are done (held in memory), the PowerPoint is being made.
    await running.waitFor(/pptx: editable/, 180_000)
    const tree = descendants(running.child.pid!)
    expect(tree.length).toBeGreaterThan(1)
    running.child.kill(signal)
    const result = await running.done
    expect(result.code).toBe(signal === 'SIGINT' ? 130 : 143)
    expect(result.output).toContain(`Stopped by ${signal}`)
    await expect.poll(() => tree.filter(isAlive), { timeout: 10_000 }).toEqual([])
    const written = existsSync(join(box.dir, 'exports')) ? readdirSync(join(box.dir, 'exports')) : []
    expect(written).toEqual([])
  })
}

test('a failed build leaves the previous site in dist/ as it was, and no half-built copy', async ({ box }) => {
  // Stands for the last good build: it must survive a build that fails.
  mkdirSync(join(box.dir, 'dist'))
  writeFileSync(join(box.dir, 'dist', 'index.html'), 'the previous build')
  box.edit('pages/03-rise-and-evolution.md', text => text.replace('sequenceDiagram', 'sequenceDiagramm'))
  const result = await run(box.dir, 'tsx', ['scripts/deck.ts', 'build'])
  expect(result.code).toBe(1)
  expect(readFileSync(join(box.dir, 'dist', 'index.html'), 'utf8')).toBe('the previous build')
  expect(readdirSync(box.dir).filter(name => name.includes('partial'))).toEqual([])
})
