// `npm run check:slidev [folder]`: whether every contact with Slidev's insides still holds in the
// installed Slidev (or in the @slidev folder given, holding client/ and cli/). tooling/slidev/README.md.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { checkSlidev, contacts } from '../tooling/slidev/contract.ts'

const folder = process.argv[2]
if (folder && !['client', 'cli'].every(part => existsSync(join(folder, part)))) {
  console.error(`${resolve(folder)} is not a Slidev installation: expected client/ and cli/ in it, as in node_modules/@slidev.`)
  process.exit(1)
}
const problems = checkSlidev(folder)
if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log(`Slidev OK: all ${contacts().length} contacts of tooling/slidev hold.`)
