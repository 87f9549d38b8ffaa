// Remote presenting (`slidev --remote`), protected on the server (docs/presenting.md): HTTP Basic,
// then an HttpOnly session cookie (browsers do not all send Basic credentials on a websocket).
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Plugin } from 'vite'
import { Buffer } from 'node:buffer'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import process from 'node:process'
import { editConfigsModule } from './slidev/index.ts'

export const PASSWORD_VARIABLE = 'DECK_REMOTE_PASSWORD'
const COOKIE = 'deck-remote'
export const MIN_PASSWORD_LENGTH = 12
/** Wrong passwords from one address within WINDOW_MS before it is refused for WINDOW_MS. */
export const MAX_WRONG = 10
const WINDOW_MS = 60_000

/** `--remote <password>` as Slidev takes it, or DECK_REMOTE_PASSWORD with a bare `--remote` (docs/presenting.md); undefined without it. */
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
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`slidev --remote: the password has ${password.length} characters; anyone on the network can try `
      + `passwords, so remote mode needs at least ${MIN_PASSWORD_LENGTH}. Start it with ${PASSWORD_VARIABLE}=<${MIN_PASSWORD_LENGTH} or more characters> npm run dev -- --remote`)
  }
  return password
}

const digest = (text: string) => createHash('sha256').update(text).digest()
const same = (a: string, b: string) => timingSafeEqual(digest(a), digest(b))

const cookieOf = (req: IncomingMessage) => req.headers.cookie?.match(new RegExp(`(?:^|;)\\s*${COOKIE}=([^;]*)`))?.[1]

/** Any user name; the password after the first colon. */
function basicPassword(req: IncomingMessage) {
  const [scheme, encoded] = (req.headers.authorization ?? '').split(' ')
  if (scheme?.toLowerCase() !== 'basic' || !encoded)
    return undefined
  const pair = Buffer.from(encoded, 'base64').toString('utf8')
  return pair.slice(pair.indexOf(':') + 1)
}

export function remoteAuth(password = remotePassword(), now = Date.now): Plugin {
  // The same plugin (name, order, mode) either way: Vite's dependency cache is keyed on the plugin
  // list, and a remote dev server would otherwise re-bundle it under a local one running beside it.
  if (password === undefined)
    return { name: 'deck:remote-auth', apply: 'serve', enforce: 'pre' }
  const session = randomBytes(32).toString('base64url')
  /** The times of each address's wrong passwords within the last WINDOW_MS. */
  const wrong = new Map<string, number[]>()
  // `{ refused: ms }`, 'session' or 'password' (let in), or undefined. No password at all (a
  // browser's first request, before its prompt) is not a guess.
  const check = (req: IncomingMessage, warn: (message: string) => void) => {
    const address = req.socket.remoteAddress ?? ''
    const times = wrong.get(address) ?? []
    // MAX_WRONG of them: refused until WINDOW_MS after the last.
    const refused = times.length < MAX_WRONG ? 0 : times.at(-1)! + WINDOW_MS - now()
    if (refused > 0)
      return { refused }
    const cookie = cookieOf(req)
    if (cookie && same(cookie, session))
      return 'session'
    const given = basicPassword(req)
    if (given === undefined)
      return undefined
    if (same(given, password))
      return 'password'
    const since = now() - WINDOW_MS
    for (const [key, other] of wrong) {
      if (other.at(-1)! <= since)
        wrong.delete(key)
    }
    wrong.set(address, [...times, now()].filter(time => time > since))
    // The tenth wrong one is still answered 401; from the next request on, the address is refused.
    if (wrong.get(address)!.length >= MAX_WRONG) {
      warn(`remote: ${MAX_WRONG} wrong passwords from ${address} within a minute; `
        + `refusing that address for ${WINDOW_MS / 1000} s (429; other addresses carry on)`)
    }
    return undefined
  }

  return {
    name: 'deck:remote-auth',
    apply: 'serve',
    enforce: 'pre',
    configureServer(server) {
      // Registered before Vite's and Slidev's own middleware: nothing is served unchecked.
      const warn = (message: string) => server.config.logger.warn(message, { timestamp: true })
      server.middlewares.use((req, res, next) => {
        const how = check(req, warn)
        if (typeof how === 'object') {
          res.statusCode = 429
          res.setHeader('Retry-After', String(Math.ceil(how.refused / 1000)))
          res.setHeader('Content-Type', 'text/plain; charset=utf-8')
          return res.end('Too many wrong passwords from this address; try again in a minute.\n')
        }
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
          const how = check(req, warn)
          if (!how || typeof how === 'object') {
            const status = how ? `429 Too Many Requests\r\nRetry-After: ${Math.ceil(how.refused / 1000)}` : '401 Unauthorized'
            return void socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
          }
          for (const listener of listeners)
            listener.call(http, req, socket, head)
        })
      })
    },
    // Slidev's client checks `remote` against a `?password=` query; the server checks now, so the
    // client gets no password to compare with (and lets every authenticated window through).
    transform: (code, id) => editConfigsModule(id, code, configs => delete configs.remote),
  }
}
