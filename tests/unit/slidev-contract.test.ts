// `npm run check:slidev` against copies of the installed Slidev with one relied-on name changed:
// the check must name exactly that contact. The names changed here are written out by hand.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'
import { checkSlidev, installedSlidev, pptxChunk } from '../../tooling/slidev/contract.ts'
import { DEFINES, DOM } from '../../tooling/slidev/index.ts'
import { ROOT } from '../support/paths.ts'

const made: string[] = []
afterAll(() => made.forEach(dir => rmSync(dir, { recursive: true, force: true })))

/** A copy of the parts of the installed Slidev the check reads, with `file` edited by `edit`. */
function slidevWith(file: string, edit: (source: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'deck-slidev-'))
  made.push(dir)
  for (const part of ['client', 'cli/dist', 'cli/package.json', 'theme-default/layouts'])
    cpSync(join(installedSlidev(), part), join(dir, part), { recursive: true })
  const path = join(dir, file)
  const before = readFileSync(path, 'utf8')
  const after = edit(before)
  expect(after, `the edit changed ${file}`).not.toBe(before)
  writeFileSync(path, after)
  return dir
}

describe('the adapter\'s stylesheet', () => {
  it('names only Slidev classes that the check covers', () => {
    const css = readFileSync(join(ROOT, 'tooling/slidev/reading.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
    const named = [...new Set(css.match(/\.[\w-]+/g))].filter(name => name !== '.reading-view')
    expect(named.length).toBeGreaterThan(0)
    expect(named.filter(name => !Object.values(DOM).includes(name as never))).toEqual([])
  })
})

describe('the browser half', () => {
  it('reads the presenter define by the name the check covers', () => {
    expect(readFileSync(join(ROOT, 'tooling/slidev/index.ts'), 'utf8')).toContain(`=> ${DEFINES.presenter}\n`)
  })
})

describe('check:slidev', () => {
  it('passes on the installed Slidev', () => {
    expect(checkSlidev()).toEqual([])
  })

  it('names a renamed route, and only it; npm run check:slidev exits 1 with that line', () => {
    const dir = slidevWith('client/setup/routes.ts', s => s.replace('name: \'presenter\'', 'name: \'presenter-view\''))
    const line = /^Slidev changed route 'presenter' \(\/presenter\/:no\): live sync joins the talk only where the presenter view exists/
    expect(checkSlidev(dir)).toEqual([expect.stringMatching(line)])
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-slidev.ts', dir], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(line)])
  })

  it('names a renamed DOM class, and only it', () => {
    const dir = slidevWith('client/internals/PrintSlideClick.vue', s => s.replaceAll('print-slide-container', 'print-page'))
    expect(checkSlidev(dir)).toEqual([
      expect.stringMatching(/^Slidev changed \.print-slide-container \(in client\/internals\/PrintSlideClick\.vue\): /),
    ])
  })

  it('names a renamed storage key and a missing exporter export', () => {
    const dir = slidevWith('client/state/storage.ts', s => s.replace('\'slidev-sync-directions\'', '\'slidev-sync\''))
    const chunk = join(dir, 'cli/dist', pptxChunk(dir)!)
    writeFileSync(chunk, readFileSync(chunk, 'utf8').replace('export { exportPptxEditable,', 'export { exportPptxEditable as exportPptxEditableV2,'))
    expect(checkSlidev(dir)).toEqual([
      expect.stringMatching(/^Slidev changed the storage key 'slidev-sync-directions' /),
      expect.stringMatching(/^Slidev changed the exporter chunk \(exportPptxEditable in /),
    ])
  })

  it('names the vue alias when the client compiles a template at run time, and the twoslash stylesheet when it is gone', () => {
    const dir = slidevWith('client/internals/SlideLoading.vue', s => s.replace('<script setup lang="ts">', '<script setup lang="ts">\nconst Inline = { template: \'<div />\' }'))
    const styles = join(dir, 'client/styles/index.ts')
    writeFileSync(styles, readFileSync(styles, 'utf8').replace('import \'@shikijs/vitepress-twoslash/style.css\'\n', ''))
    expect(checkSlidev(dir)).toEqual([
      expect.stringMatching(/^Slidev changed the vue alias \(vue\/dist\/vue\.esm-bundler\.js in cli's config plugin\) and a client without runtime templates: /),
      expect.stringMatching(/^Slidev changed the stylesheet @shikijs\/vitepress-twoslash\/style\.css /),
    ])
  })
})
