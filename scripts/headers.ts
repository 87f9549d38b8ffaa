// `npm run headers`: writes vercel.json's "headers" from public/_headers, the one source (Vercel
// reads only its own file). tests/site/headers.spec.ts fails while the two differ.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { readHeaderSource, vercelHeaders } from '../tooling/headers.ts'

const root = resolve(import.meta.dirname, '..')
const file = resolve(root, 'vercel.json')
const config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
config.headers = vercelHeaders(readHeaderSource(root))
writeFileSync(`${file}.partial`, `${JSON.stringify(config, null, 2)}\n`)
renameSync(`${file}.partial`, file)
console.log('vercel.json: headers written from public/_headers')
