// A static file server that behaves like the hosts the deck is published on, under a sub-path.
//   github:  a missing path gets 404.html with status 404 (GitHub Pages; Slidev ships 404.html)
//   netlify: a missing path is rewritten by the rules in _redirects (Netlify; Slidev ships _redirects)
// With `headers`, every response carries the headers the build wrote into the site's _headers
// (tooling/headers.ts), as Netlify and Cloudflare Pages send them.
// Used by the PDF step, the benchmark, the Playwright tests and `npm run preview` (scripts/serve.ts).
import type { Buffer } from 'node:buffer'
import type { AddressInfo } from 'node:net'
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import http from 'node:http'
import { createServer as createNetServer } from 'node:net'
import { join, resolve } from 'node:path'
import process from 'node:process'
import sirv from 'sirv'
import { headersFor, parseHeaders } from './headers.ts'
import { DEV_ADDRESS } from './slidev/index.ts'

export type HostKind = 'github' | 'netlify'

export interface ServeOptions {
  dir: string
  /** Sub-path the site is built for: starts and ends with "/". */
  base?: string
  host?: HostKind
  port?: number
  /** Send the response headers of the site's own _headers file (written by the build). */
  headers?: boolean
}

export interface StaticServer {
  /** Root URL of the site, base included, e.g. http://127.0.0.1:4173/deck/ */
  url: string
  close: () => Promise<void>
}

interface Rewrite { from: RegExp, to: string, status: number }

/** Netlify's `_redirects`: "from to status" per line; `*` in from matches anything. */
export function parseRedirects(text: string): Rewrite[] {
  return text.split('\n').map(line => line.trim()).filter(line => line && !line.startsWith('#')).map((line) => {
    const [from = '', to = '', status = '301'] = line.split(/\s+/)
    const pattern = from.split('*').map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')
    return { from: new RegExp(`^${pattern}$`), to, status: Number(status) }
  })
}

export function serveStatic({ dir, base = '/', host = 'github', port = 0, headers = false }: ServeOptions): Promise<StaticServer> {
  const root = resolve(dir)
  const headersFile = join(root, '_headers')
  if (headers && !existsSync(headersFile))
    throw new Error(`${headersFile} is missing: build the site with \`npm run build\`, which writes it from public/_headers.`)
  const rules = headers ? parseHeaders(readFileSync(headersFile, 'utf8'), headersFile) : []
  const assets = sirv(root, { dev: true, etag: true, extensions: ['html'] })
  const redirectsFile = join(root, '_redirects')
  const rewrites = host === 'netlify' && existsSync(redirectsFile) ? parseRedirects(readFileSync(redirectsFile, 'utf8')) : []

  function sendFile(res: http.ServerResponse, file: string, status: number) {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' })
    res.end(readFileSync(join(root, file)))
  }

  const server = http.createServer((req, res) => {
    const { pathname, search } = new URL(req.url ?? '/', 'http://localhost')
    if (!pathname.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not under ${base}`)
      return
    }
    const original = pathname
    const extra = headersFor(rules, pathname)
    if (rules.length) {
      // Ours win over sirv's defaults (its Cache-Control), as a host's configured headers do.
      const writeHead = res.writeHead.bind(res) as (status: number, headers?: http.OutgoingHttpHeaders) => http.ServerResponse
      const lower = (h: object) => Object.fromEntries(Object.entries(h).map(([name, value]) => [name.toLowerCase(), value]))
      res.writeHead = ((status: number, given?: http.OutgoingHttpHeaders) => writeHead(status, { ...lower(given ?? {}), ...lower(extra) })) as typeof res.writeHead
    }
    req.url = `/${pathname.slice(base.length)}${search}`
    assets(req, res, () => {
      if (host === 'github') {
        sendFile(res, '404.html', 404)
        return
      }
      const rule = rewrites.find(r => r.from.test(original) && r.status === 200)
      if (rule)
        sendFile(res, rule.to.slice(base.length), 200)
      else
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    })
  })

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo
      resolvePromise({
        url: `http://127.0.0.1:${actual}${base}`,
        close: () => new Promise(done => server.close(() => done())),
      })
    })
  })
}

/**
 * A free port on 127.0.0.1. Slidev reads `--port 0` as "no port" and takes 3030 (or the next free
 * one), so dev servers started at the same moment by parallel tests raced for it.
 */
export function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = createNetServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export interface DevServer {
  /** The address Slidev printed, e.g. http://localhost:3030/ */
  url: string
  /** When it printed it (performance.now()): the dev server is ready from then on. */
  printedAt: number
  stop: () => void
}

/** `slidev` (the dev server) in `root` on a free port, once it has printed its address (scripts' use; tests have tests/support/sandbox.ts). */
export async function startDevServer(root: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<DevServer> {
  const dev = spawn(join(root, 'node_modules/.bin/slidev'), ['--port', String(await freePort()), ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  return new Promise((resolve, reject) => {
    dev.stdout.on('data', (chunk: Buffer) => {
      // eslint-disable-next-line no-control-regex -- colour codes from the CLI
      output += chunk.toString().replace(/\x1B\[[0-9;]*m/g, '')
      const found = DEV_ADDRESS.exec(output)
      if (found)
        resolve({ url: found[1]!, printedAt: performance.now(), stop: () => dev.kill('SIGTERM') })
    })
    dev.on('exit', code => reject(new Error(`slidev exited (${code}) before printing its address:\n${output}`)))
  })
}
