// `npm run preview`: serves dist/ as a static host would, with the headers of dist/_headers.
// `tsx scripts/serve.ts [dir] [--base /deck/] [--host github|netlify] [--port 4173]`
import type { HostKind } from '../tooling/serve.ts'
import { parseArgs } from 'node:util'
import { serveStatic } from '../tooling/serve.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: 'string', default: '/' }, host: { type: 'string', default: 'github' }, port: { type: 'string', default: '4173' } },
})
const server = await serveStatic({ dir: positionals[0] ?? 'dist', base: values.base, host: values.host as HostKind, port: Number(values.port), headers: true })
console.log(`Serving ${positionals[0] ?? 'dist'} at ${server.url} (like ${values.host === 'netlify' ? 'Netlify' : 'GitHub Pages'}, with the headers of _headers). Ctrl-C stops.`)
