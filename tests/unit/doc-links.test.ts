import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { anchorsOf, brokenLinks } from '../support/doc-links.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter(name => name.endsWith('.md')).map(name => `docs/${name}`)]

describe('links in README.md and docs/', () => {
  it('reads the README and at least one docs page', () => {
    expect(DOCS).toContain('README.md')
    expect(DOCS.length).toBeGreaterThan(1)
  })

  it('every relative link, image and anchor resolves', () => {
    expect(brokenLinks(ROOT, DOCS)).toEqual([])
  })

  // The check itself, on a copy with one link of each kind broken: a passing run above means something.
  it('names a missing file, a missing image and a missing anchor', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-doc-links-'))
    mkdirSync(join(dir, 'docs'))
    writeFileSync(join(dir, 'docs/a.md'), '# Page A\n\n## Two words\n')
    writeFileSync(join(dir, 'README.md'), [
      '# Deck',
      'See [a](docs/a.md#two-words) and [b](docs/b.md).',
      '![picture](docs/images/gone.png)',
      '<img src="docs/images/gone-too.png" alt="">',
      'And [a wrong anchor](docs/a.md#three-words), [here](#deck) and `[code](nowhere.md)`.',
      '[outside](https://example.com/x.md)',
    ].join('\n'))
    expect(brokenLinks(dir, ['README.md'])).toEqual([
      'README.md:2: docs/b.md (no such file)',
      'README.md:3: docs/images/gone.png (no such file)',
      'README.md:4: docs/images/gone-too.png (no such file)',
      'README.md:5: docs/a.md#three-words (no heading makes #three-words)',
    ])
  })

  it('makes anchors as GitHub does', () => {
    expect([...anchorsOf('# On a phone: the reading view\n## `npm test` in 4 minutes\n## Setup\n## Setup\n')])
      .toEqual(['on-a-phone-the-reading-view', 'npm-test-in-4-minutes', 'setup', 'setup-1'])
  })
})
