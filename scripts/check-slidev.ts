// `npm run check:slidev [folder]`: whether every contact with Slidev's insides still holds in the
// installed Slidev (or in the @slidev folder given, holding client/ and cli/). tooling/slidev/README.md.
import process from 'node:process'
import { checkSlidev, contacts } from '../tooling/slidev/contract.ts'

const problems = checkSlidev(...process.argv.slice(2, 3))
if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log(`Slidev OK: all ${contacts().length} contacts of tooling/slidev hold.`)
