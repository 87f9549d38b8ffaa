// Figures the docs state, held to where each is defined: a changed budget, limit or tolerance
// fails here until the docs say the new number (docs/testing.md's table is written by the bench).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUDGET } from '../../layout/geometry.ts'
import { READING_MEDIA } from '../../reading/view.ts'
import { MAX_WRONG, MIN_PASSWORD_LENGTH } from '../../tooling/remote-auth.ts'

const doc = (name: string) => readFileSync(resolve(import.meta.dirname, '../../docs', name), 'utf8').replace(/\s+/g, ' ')

describe('figures in docs/', () => {
  it('authoring.md states the legibility budget of layout/geometry.ts', () => {
    const text = doc('authoring.md')
    expect(text).toContain(`at most ${BUDGET.maxWords} words on screen`)
    expect(text).toContain(`text at ${BUDGET.bodyMinPx} px or more`)
    expect(text).toContain(`at most ${BUDGET.smallPrintMaxWords} words per slide, never under ${BUDGET.smallPrintMinPx} px`)
    expect(text).toContain(`diagram labels at ${BUDGET.diagramLabelMinPx} px or more`)
  })

  it('presenting.md states remote mode\'s password length and guessing limit', () => {
    const text = doc('presenting.md')
    expect(text).toContain(`shorter than ${MIN_PASSWORD_LENGTH} characters`)
    expect(text).toContain(`After ${MAX_WRONG} wrong passwords from one address within a minute`)
  })

  it('hosting.md states when the reading view shows', () => {
    expect(READING_MEDIA).toBe('(orientation: portrait) and (max-width: 600px)')
    expect(doc('hosting.md')).toContain('held upright (portrait, at most 600 px wide)')
  })

  it('testing.md states the snapshot tolerance of playwright.config.ts', () => {
    // Read as text: importing the config would start Playwright's test runner inside Vitest.
    const tolerance = /toHaveScreenshot: \{ maxDiffPixels: (\d+) \}/.exec(readFileSync(resolve(import.meta.dirname, '../../playwright.config.ts'), 'utf8'))?.[1]
    expect(tolerance).toMatch(/^\d+$/)
    expect(doc('testing.md')).toContain(`compared at a small tolerance: ${tolerance} changed pixels`)
  })
})
