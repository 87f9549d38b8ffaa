// Hand-edited data the night before a talk: every mistake ends in seconds, with the file, the place
// and what was expected, before anything is built.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { freePort } from '../../tooling/serve.ts'
import { devAddress, expect, run, start, test } from '../support/sandbox.ts'

/** Generous for a busy 2-core machine: it catches hangs, not jitter. */
const QUICK = 20_000

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
    name: 'more text than the slide can hold (each field valid on its own)',
    file: 'data/milestones.json',
    change: () => `${JSON.stringify(Array.from({ length: 12 }, (_, i) => ({ year: 2016 + i, title: 'A title of ordinary length here', detail: 'x '.repeat(150).trim() })), null, 2)}\n`,
    message: () => /data\/milestones\.json:1:1: \(root\): expected the timeline to fit its slide, but even at the smallest text size it needs about \d+ px of the 359 px there/,
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

for (const fault of FAULTS) {
  test(`the data check stops on ${fault.name}`, async ({ box }) => {
    box.edit(fault.file, fault.change)
    const result = await run(box.dir, 'tsx', ['scripts/check-data.ts'])
    expect(result.code).toBe(1)
    const expected = fault.message(box.read(fault.file))
    if (typeof expected === 'string')
      expect(result.output).toContain(expected)
    else
      expect(result.output).toMatch(expected)
    expect(result.ms).toBeLessThan(QUICK)
  })
}

test('bad data stops `slidev build` before anything is written', async ({ box }) => {
  box.edit('data/milestones.json', json((v) => {
    v[0].year = 1999
  }))
  const result = await run(box.dir, 'slidev', ['build', '--out', 'dist'])
  expect(result.code).not.toBe(0)
  expect(result.output).toContain(`data/milestones.json:${at(box.read('data/milestones.json'), '1999')}: [0].year: expected a year from 2015 to 2035, got 1999`)
  expect(result.ms).toBeLessThan(QUICK)
  expect(existsSync(join(box.dir, 'dist'))).toBe(false)
})

test('bad data stops the dev server at start, with the same message', async ({ box }) => {
  box.edit('data/frictions.json', json((v) => {
    v[1].title = ''
  }))
  const result = await run(box.dir, 'slidev', ['--port', String(await freePort())], {}, 30_000)
  expect(result.code).not.toBe(0)
  expect(result.output).toContain(`data/frictions.json:${at(box.read('data/frictions.json'), '""')}: [1].title: expected non-empty text`)
  expect(result.ms).toBeLessThan(QUICK)
})

test('bad data stops the export, and no PDF is written', async ({ box }) => {
  box.edit('data/scenarios.json', json((v) => {
    v.dimensions = []
  }))
  const result = await run(box.dir, 'tsx', ['scripts/deck.ts', 'export'])
  expect(result.code).toBe(1)
  expect(result.output).toContain(`data/scenarios.json:${at(box.read('data/scenarios.json'), '[]')}: dimensions: expected at least 1 dimension`)
  expect(result.ms).toBeLessThan(QUICK)
  expect(existsSync(join(box.dir, 'exports'))).toBe(false)
})

test('a mistake saved while presenting from the dev server is reported at once, in the terminal', async ({ box }) => {
  const dev = start(box.dir, 'slidev', ['--port', String(await freePort())], {}, 60_000)
  try {
    await devAddress(dev)
    // The copy's dependency bundles are its own: the project's dev servers, on the node_modules
    // this copy links, keep theirs (vite.config.ts, cacheDir).
    expect(existsSync(join(box.dir, '.vite/deps/_metadata.json'))).toBe(true)
    const saved = Date.now()
    box.edit('data/milestones.json', json((v) => {
      v[0].year = 1999
    }))
    await dev.waitFor(/data\/milestones\.json:\d+:\d+: \[0\]\.year: expected a year from 2015 to 2035, got 1999/, QUICK)
    expect(Date.now() - saved).toBeLessThan(QUICK)
  }
  finally {
    dev.child.kill('SIGTERM')
    await dev.done
  }
})
