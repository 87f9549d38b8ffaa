// The remote password is read the way Slidev's CLI reads `--remote` (a value, or a bare flag
// with the password in the environment), and remote mode never starts without one.
import { describe, expect, it } from 'vitest'
import { PASSWORD_VARIABLE, remoteAuth, remotePassword } from '../../tooling/remote-auth.ts'

describe('remotePassword', () => {
  it('is undefined without --remote, whatever the environment says', () => {
    expect(remotePassword(['--port', '3030'], { [PASSWORD_VARIABLE]: 'x' })).toBeUndefined()
  })
  it('takes the value after --remote, or after --remote=', () => {
    expect(remotePassword(['--remote', 'tulip'], {})).toBe('tulip')
    expect(remotePassword(['--remote=tulip', '--bind', '0.0.0.0'], {})).toBe('tulip')
  })
  it('takes the environment for a bare --remote (the next argument is an option)', () => {
    expect(remotePassword(['--remote', '--bind', '127.0.0.1'], { [PASSWORD_VARIABLE]: 'tulip' })).toBe('tulip')
  })
  it('refuses remote mode without a password, naming the variable', () => {
    expect(() => remotePassword(['--remote'], {})).toThrow(`${PASSWORD_VARIABLE}=<password> npm run dev -- --remote`)
  })
})

describe('remoteAuth', () => {
  it('is the same plugin to Vite with and without a password: one dependency cache for local and remote dev servers', () => {
    const shape = ({ name, apply, enforce }: ReturnType<typeof remoteAuth>) => ({ name, apply, enforce })
    expect(shape(remoteAuth(undefined))).toEqual(shape(remoteAuth('a long password')))
  })
})
