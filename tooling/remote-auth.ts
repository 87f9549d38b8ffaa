// Remote presenting (`slidev --remote`), protected on the server. Slidev 52.20 opens the dev server
// to the network and checks its password in the browser only, after serving it to every client in
// its configs module (tooling/slidev). Here, in remote mode, every request (pages, modules, notes, Slidev's sync
// POSTs, the MCP endpoint) and the websocket that carries the sync need the password: HTTP Basic
// authentication, then an HttpOnly session cookie (browsers do not all send Basic credentials on a
// websocket). The password never appears in anything served.
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Plugin } from 'vite'
import { Buffer } from 'node:buffer'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import process from 'node:process'
import { readConfigsModule, writeConfigsModule } from './slidev/index.ts'

export const PASSWORD_VARIABLE = 'DECK_REMOTE_PASSWORD'
const COOKIE = 'deck-remote'

/**
 * The password for remote mode: `--remote <password>` as Slidev takes it, or `DECK_REMOTE_PASSWORD`
 * with a bare `--remote` (which also spares Slidev's public IP lookup and keeps the password out of
 * its terminal output). Undefined when Slidev does not run with --remote.
 */
export function remotePassword(argv = process.argv.slice(2), env = process.env): string | undefined {
  const at = argv.findIndex(arg => arg === '--remote' || arg.startsWith('--remote='))
  if (at < 0)
    return undefined
  const arg = argv[at]!
  const next = argv[at + 1]
  const given = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : next && !next.startsWith('-') ? next : ''
  const password = given || env[PASSWORD_VARIABLE] || ''
  if (!password) {
    throw new Error(`slidev --remote: no password, and the deck would be open to the whole network. `
      + `Start it with ${PASSWORD_VARIABLE}=<password> npm run dev -- --remote`)
  }
  return password
}

const digest = (text: string) => createHash('sha256').update(text).digest()
const same = (a: string, b: string) => timingSafeEqual(digest(a), digest(b))

function cookieOf(req: IncomingMessage) {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === COOKIE)
      return value.join('=')
  }
  return undefined
}

/** Any user name; the password after the first colon. */
function basicPassword(req: IncomingMessage) {
  const [scheme, encoded] = (req.headers.authorization ?? '').split(' ')
  if (scheme?.toLowerCase() !== 'basic' || !encoded)
    return undefined
  const pair = Buffer.from(encoded, 'base64').toString('utf8')
  return pair.slice(pair.indexOf(':') + 1)
}

export function remoteAuth(password = remotePassword()): Plugin {
  // The same plugin (name, order, mode) either way: Vite's dependency cache is keyed on the plugin
  // list, and a remote dev server would otherwise re-bundle it under a local one running beside it.
  if (password === undefined)
    return { name: 'deck:remote-auth', apply: 'serve', enforce: 'pre' }
  const session = randomBytes(32).toString('base64url')
  const check = (req: IncomingMessage) => {
    const cookie = cookieOf(req)
    if (cookie && same(cookie, session))
      return 'session'
    const given = basicPassword(req)
    return given !== undefined && same(given, password) ? 'password' : undefined
  }

  return {
    name: 'deck:remote-auth',
    apply: 'serve',
    enforce: 'pre',
    configureServer(server) {
      // Registered before Vite's and Slidev's own middleware: nothing is served unchecked.
      server.middlewares.use((req, res, next) => {
        const how = check(req)
        if (how === 'password')
          res.setHeader('Set-Cookie', `${COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`)
        if (how)
          return next()
        res.statusCode = 401
        res.setHeader('WWW-Authenticate', 'Basic realm="Slides", charset="UTF-8"')
        res.setHeader('Content-Type', 'text/plain; charset=utf-8')
        res.end('The slides need the remote password.\n')
      })
      // Vite's websocket (HMR and Slidev's sync) answers upgrade requests on the same server;
      // its listeners are wrapped once they are all in place.
      const http = server.httpServer as Server | null
      http?.once('listening', () => {
        const listeners = http.listeners('upgrade') as Array<(req: IncomingMessage, socket: Duplex, head: Buffer) => void>
        http.removeAllListeners('upgrade')
        http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
          if (!check(req)) {
            socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
            return
          }
          for (const listener of listeners)
            listener.call(http, req, socket, head)
        })
      })
    },
    // Slidev's client checks `remote` against a `?password=` query; the server checks now, so the
    // client gets no password to compare with (and lets every authenticated window through).
    transform(code, id) {
      const configs = readConfigsModule(id, code)
      if (!configs)
        return undefined
      delete configs.remote
      return writeConfigsModule(configs)
    },
  }
}
