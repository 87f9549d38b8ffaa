// The exported PDF against the article (tests/article/facts.ts): every section, milestone,
// friction point, implication, scenario and name it must carry, and no year, dollar amount or
// capitalised name that the article does not have. The same check on the same text, changed as
// an editing slip would change it, must fail.
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { articleProblems } from '../article/check.ts'
import { deck } from '../support/deck.ts'
import { EXPORTS } from '../support/paths.ts'
import { readPdf } from '../support/pdf.ts'

let pages: string[]
// Read when the tests run: the build project writes the PDF after Playwright loads this file.
test.beforeAll(async () => {
  pages = (await readPdf(join(EXPORTS, `${deck.exportFilename}.pdf`))).pages.map(page => page.text)
})

test('the PDF carries every fact of the article and nothing the article does not have', () => {
  expect(articleProblems(pages)).toEqual([])
})

test('the check fails on the PDF\'s text with "GPT-3" made "GPT-4", or with a milestone cut', () => {
  const gpt4 = pages.map(text => text.replaceAll('GPT-3', 'GPT-4'))
  expect(gpt4).not.toEqual(pages)
  expect(articleProblems(gpt4)).toEqual(['missing: 2020: GPT-3 launch and integration into Microsoft products', 'missing: the name GPT-3', 'not in the article: the name "GPT-4"'])
  // The 2021 entry of the timeline: from its year to the next one.
  const cut = pages.map(text => text.replace(/2021.*?(?=2022)/, ''))
  expect(cut).not.toEqual(pages)
  expect(articleProblems(cut)).toEqual(['missing: 2021: Expanded collaboration on AI supercomputing'])
})
