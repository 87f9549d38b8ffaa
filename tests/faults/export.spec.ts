// The export under stress: no browser, an interrupt, a failed build. Each ends at once, says why,
// and leaves neither a partial PDF nor a running process behind.
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { descendants, expect, isAlive, run, start, test } from '../support/sandbox.ts'

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
  expect(existsSync(join(box.dir, 'exports'))).toBe(false)
})

test('an unknown export format stops at once, naming the formats there are', async ({ box }) => {
  const result = await run(box.dir, 'tsx', ['scripts/deck.ts', 'export', '--format', 'pdf,docx'])
  expect(result.code).toBe(1)
  expect(result.output).toContain('--format: expected a comma-separated list of pdf, pptx, png, steps, got "pdf,docx"')
  expect(existsSync(join(box.dir, 'exports'))).toBe(false)
})

/**
 * Where each signal stops the export (of the PDF and the PowerPoint: the other formats add time,
 * not another kind of step): Ctrl-C in the print step (the site built, the PDF done and held in
 * memory, the PowerPoint being made, Chromium running), SIGTERM while Slidev builds the site (its
 * build process running).
 */
const STOPS = [
  { signal: 'SIGINT', at: /pptx: editable/, when: 'in the print step' },
  { signal: 'SIGTERM', at: /Building the site/, when: 'during the site build' },
] as const

for (const { signal, at, when } of STOPS) {
  test(`an export stopped by ${signal} ${when} leaves no PDF and no process behind`, async ({ box }) => {
    // The site build alone takes 30 s and more on a busy machine: the waits are for that, not goals.
    test.setTimeout(240_000)
    const running = start(box.dir, 'tsx', ['scripts/deck.ts', 'export', '--format', 'pdf,pptx'], {}, 200_000)
    await running.waitFor(at, 180_000)
    // The work of that stage has started: a process of its own below the command.
    await expect.poll(() => descendants(running.child.pid!).length, { timeout: 30_000 }).toBeGreaterThan(1)
    const tree = descendants(running.child.pid!)
    running.child.kill(signal)
    const result = await running.done
    expect(result.code).toBe(signal === 'SIGINT' ? 130 : 143)
    expect(result.output).toContain(`Stopped by ${signal}`)
    await expect.poll(() => tree.filter(isAlive), { timeout: 10_000 }).toEqual([])
    const written = existsSync(join(box.dir, 'exports')) ? readdirSync(join(box.dir, 'exports')) : []
    expect(written).toEqual([])
  })
}

// A failed build leaves the previous site and exports as they were: tests/faults/checks.spec.ts
// (the build refused in its print step).
