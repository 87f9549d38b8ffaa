// The remote password is read the way Slidev's CLI reads `--remote` (a value, or a bare flag
// with the password in the environment), and remote mode never starts without a long one. Wrong
// passwords are limited per address, through the plugin's own middleware.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Connect, ViteDevServer } from 'vite'
import { Buffer } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { PASSWORD_VARIABLE, remoteAuth, remotePassword } from '../../tooling/remote-auth.ts'

const TULIP = 'tulip-tulip-tulip'

describe('remotePassword', () => {
  it('is undefined without --remote, whatever the environment says', () => {
    expect(remotePassword(['--port', '3030'], { [PASSWORD_VARIABLE]: 'x' })).toBeUndefined()
  })
  it('takes the value after --remote, or after --remote=', () => {
    expect(remotePassword(['--remote', TULIP], {})).toBe(TULIP)
    expect(remotePassword([`--remote=${TULIP}`, '--bind', '0.0.0.0'], {})).toBe(TULIP)
  })
  it('takes the environment for a bare --remote (the next argument is an option)', () => {
    expect(remotePassword(['--remote', '--bind', '127.0.0.1'], { [PASSWORD_VARIABLE]: TULIP })).toBe(TULIP)
  })
  it('refuses remote mode without a password, naming the variable', () => {
    expect(() => remotePassword(['--remote'], {})).toThrow(`${PASSWORD_VARIABLE}=<password> npm run dev -- --remote`)
  })
  it('refuses a password under 12 characters, in one line saying why and how', () => {
    // 11 characters: one short of the limit, from either source.
    expect(() => remotePassword(['--remote', 'tulip-tulip'], {})).toThrowErrorMatchingInlineSnapshot(`[Error: slidev --remote: the password has 11 characters; anyone on the network can try passwords, so remote mode needs at least 12. Start it with DECK_REMOTE_PASSWORD=<12 or more characters> npm run dev -- --remote]`)
    expect(() => remotePassword(['--remote'], { [PASSWORD_VARIABLE]: 'tulip-tulip' })).toThrow('needs at least 12')
    expect(remotePassword(['--remote'], { [PASSWORD_VARIABLE]: 'tulip-tulip!' })).toBe('tulip-tulip!')
  })
})

/** The plugin's middleware on a fake server, answering requests from chosen addresses. */
function middleware(clock: { now: number }) {
  const warnings: string[] = []
  let use: Connect.NextHandleFunction | undefined
  const server = {
    config: { logger: { warn: (message: string) => warnings.push(message) } },
    middlewares: { use: (fn: Connect.NextHandleFunction) => use = fn },
    httpServer: null,
  } as unknown as ViteDevServer
  const plugin = remoteAuth(TULIP, () => clock.now)
  ;(plugin.configureServer as (server: ViteDevServer) => void)(server)
  const ask = (address: string, password?: string) => {
    const headers: Record<string, string> = {}
    const req = {
      socket: { remoteAddress: address },
      headers: password === undefined ? {} : { authorization: `Basic ${Buffer.from(`me:${password}`).toString('base64')}` },
    } as unknown as IncomingMessage
    // 200 stands for "passed on to the next middleware".
    const res = {
      statusCode: 200,
      setHeader: (name: string, value: string) => headers[name.toLowerCase()] = value,
      end: () => {},
    } as unknown as ServerResponse
    use!(req, res, () => {})
    return { status: res.statusCode, retryAfter: headers['retry-after'] }
  }
  return { ask, warnings }
}

describe('remoteAuth guessing limit', () => {
  it('refuses an address after 10 wrong passwords within a minute, for a minute; other addresses carry on', () => {
    const clock = { now: 1_000_000 }
    const { ask, warnings } = middleware(clock)
    for (let i = 1; i <= 9; i++)
      expect(ask('10.0.0.9', `guess ${i}`).status).toBe(401)
    expect(warnings).toEqual([])
    // The tenth is answered as wrong; from the eleventh on the address is refused, even with the right password.
    expect(ask('10.0.0.9', 'guess 10').status).toBe(401)
    expect(ask('10.0.0.9', 'guess 11')).toEqual({ status: 429, retryAfter: '60' })
    expect(ask('10.0.0.9', TULIP)).toEqual({ status: 429, retryAfter: '60' })
    expect(warnings).toEqual([expect.stringContaining('10 wrong passwords from 10.0.0.9 within a minute')])
    // The presenter's laptop is not affected.
    expect(ask('10.0.0.2', TULIP).status).toBe(200)
    clock.now += 30_000
    expect(ask('10.0.0.9', TULIP)).toEqual({ status: 429, retryAfter: '30' })
    clock.now += 30_000
    expect(ask('10.0.0.9', TULIP).status).toBe(200)
  })

  it('counts only wrong passwords within a minute; no password at all (a browser before its prompt) is not a guess', () => {
    const clock = { now: 1_000_000 }
    const { ask } = middleware(clock)
    for (let i = 0; i < 30; i++)
      expect(ask('10.0.0.9').status).toBe(401)
    for (let i = 0; i < 9; i++)
      ask('10.0.0.9', 'wrong')
    // The nine are more than a minute old when the tenth comes.
    clock.now += 60_001
    expect(ask('10.0.0.9', 'wrong').status).toBe(401)
    expect(ask('10.0.0.9', TULIP).status).toBe(200)
  })
})

describe('remoteAuth', () => {
  it('is the same plugin to Vite with and without a password: one dependency cache for local and remote dev servers', () => {
    const shape = ({ name, apply, enforce }: ReturnType<typeof remoteAuth>) => ({ name, apply, enforce })
    expect(shape(remoteAuth(undefined))).toEqual(shape(remoteAuth('a long password')))
  })
})
