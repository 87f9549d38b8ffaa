// Hand-edited data the night before a talk: every mistake ends in seconds, with the file, the place
// and what was expected, before anything is built.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { loadDeckData } from '../../tooling/deck-data.ts'
import { expect, freePort, run, test } from '../support/sandbox.ts'

interface Fault {
  name: string
  file: string
  change: (text: string) => string
  /** What the message must say: the place and what was expected. */
  message: (broken: string) => RegExp | string
}

function json(change: (value: any) => void) {
  return (text: string) => {
    const value = JSON.parse(text)
    change(value)
    return `${JSON.stringify(value, null, 2)}\n`
  }
}

function lineAndColumn(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n')
  return `${before.length}:${before.at(-1)!.length + 1}`
}

/** Line and column of the `n`th (1-based) occurrence of `needle`, or of its last with n = -1. */
function at(text: string, needle: string, n = 1) {
  if (n === -1)
    return lineAndColumn(text, text.lastIndexOf(needle))
  let offset = -1
  for (let found = 0; found < n; found++)
    offset = text.indexOf(needle, offset + 1)
  return lineAndColumn(text, offset)
}

const FAULTS: Fault[] = [
  {
    name: 'invalid JSON (a missing comma)',
    file: 'data/milestones.json',
    change: text => text.replace(/\},(\s*\{)/, '}$1'),
    // The parser stops at the "{" that should have followed a comma.
    message: broken => `data/milestones.json:${lineAndColumn(broken, broken.search(/\}\s*\{/) + broken.slice(broken.search(/\}\s*\{/)).indexOf('{', 1))}: invalid JSON: expected "," between entries`,
  },
  {
    name: 'a missing required field',
    file: 'data/milestones.json',
    change: json(v => delete v[1].title),
    // At the entry that lacks it: the second object of the list.
    message: broken => `data/milestones.json:${at(broken, '{', 2)}: [1].title: missing required field "title"`,
  },
  {
    name: 'a wrong type',
    file: 'data/milestones.json',
    change: json((v) => {
      v[2].year = '2021'
    }),
    message: broken => `data/milestones.json:${at(broken, '"2021"')}: [2].year: expected a whole year such as 2019, got "2021"`,
  },
  {
    name: 'a misspelt key',
    file: 'data/frictions.json',
    change: json((v) => {
      v[0].claims = v[0].claim
      delete v[0].claim
    }),
    message: broken => `data/frictions.json:${at(broken, '"claims"')}: [0]: unknown key "claims" (did you mean "claim"?)`,
  },
  {
    name: 'an empty list',
    file: 'data/milestones.json',
    change: () => '[]\n',
    message: () => 'data/milestones.json:1:1: (root): expected at least 1 milestone, got a list of 0',
  },
  {
    name: 'a duplicate entry',
    file: 'data/scenarios.json',
    change: json((v) => {
      v.scenarios[2].id = v.scenarios[0].id
    }),
    // At the third scenario's id, the later of the two.
    message: broken => `data/scenarios.json:${at(broken, '"renegotiated"', -1)}: scenarios[2].id: expected a unique id, but "renegotiated" appears twice`,
  },
  {
    name: 'a year out of range',
    file: 'data/milestones.json',
    change: json((v) => {
      v[0].year = 1999
    }),
    message: broken => `data/milestones.json:${at(broken, '1999')}: [0].year: expected a year from 2015 to 2035, got 1999`,
  },
  {
    // Whether text fits its slide is measured on the rendered slide (tests/faults/slide-check.spec.ts);
    // the data check counts words: 12 x (the year, 6 words of title, 150 of detail).
    name: 'more words than the slide may show (each field valid on its own)',
    file: 'data/milestones.json',
    change: () => `${JSON.stringify(Array.from({ length: 12 }, (_, i) => ({ year: 2016 + i, title: 'A title of ordinary length here', detail: 'x '.repeat(150).trim() })), null, 2)}\n`,
    message: () => /data\/milestones\.json:1:1: \(root\): expected the timeline to show at most 50 words \(the legibility budget: 60 per slide, heading and source line included\), got 1884: shorten the text/,
  },
  {
    name: 'a friction point that does not exist',
    file: 'data/scenarios.json',
    change: json((v) => {
      v.scenarios[0].answers.push('pricing')
    }),
    message: broken => new RegExp(`data/scenarios\\.json:${at(broken, '"pricing"')}: scenarios\\[0\\]\\.answers\\[\\d\\]: expected a friction point id from data/frictions\\.json .*got "pricing"`),
  },
]

/** The message the data check stops with on the copy's data (in this process: the command's wiring is tested below). */
function dataError(dir: string) {
  try {
    loadDeckData(dir)
  }
  catch (error) {
    return (error as Error).message
  }
  throw new Error('the data check passed')
}

for (const fault of FAULTS) {
  test(`the data check stops on ${fault.name}`, async ({ box }) => {
    box.edit(fault.file, fault.change)
    const expected = fault.message(box.read(fault.file))
    if (typeof expected === 'string')
      expect(dataError(box.dir)).toContain(expected)
    else
      expect(dataError(box.dir)).toMatch(expected)
  })
}

test('`npm run check:data` prints the message and fails', async ({ box }) => {
  const fault = FAULTS[0]!
  box.edit(fault.file, fault.change)
  const result = await run(box.dir, 'tsx', ['scripts/check-data.ts'])
  expect(result.code).toBe(1)
  expect(result.output).toContain(fault.message(box.read(fault.file)))
})

test('bad data stops `slidev build` before anything is written', async ({ box }) => {
  box.edit('data/milestones.json', json((v) => {
    v[0].year = 1999
  }))
  const result = await run(box.dir, 'slidev', ['build', '--out', 'dist'])
  expect(result.code).not.toBe(0)
  expect(result.output).toContain(`data/milestones.json:${at(box.read('data/milestones.json'), '1999')}: [0].year: expected a year from 2015 to 2035, got 1999`)
  expect(existsSync(join(box.dir, 'dist'))).toBe(false)
})

test('bad data stops the dev server at start, with the same message', async ({ box }) => {
  box.edit('data/frictions.json', json((v) => {
    v[1].title = ''
  }))
  const result = await run(box.dir, 'slidev', ['--port', String(await freePort())], {}, 30_000)
  expect(result.code).not.toBe(0)
  expect(result.output).toContain(`data/frictions.json:${at(box.read('data/frictions.json'), '""')}: [1].title: expected non-empty text`)
})

test('bad data stops the export, and no PDF is written', async ({ box }) => {
  box.edit('data/scenarios.json', json((v) => {
    v.dimensions = []
  }))
  const result = await run(box.dir, 'tsx', ['scripts/deck.ts', 'export'])
  expect(result.code).toBe(1)
  expect(result.output).toContain(`data/scenarios.json:${at(box.read('data/scenarios.json'), '[]')}: dimensions: expected at least 1 dimension`)
  expect(result.output).not.toContain('Building the site')
  expect(existsSync(join(box.dir, 'exports'))).toBe(false)
})

// A mistake saved while the dev server runs: tests/faults/dev.spec.ts (one dev server for its tests).
