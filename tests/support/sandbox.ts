// A throwaway copy of the project for fault tests: break one thing in it, run the real command.
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { test as base, expect } from '@playwright/test'
import { DEV_ADDRESS } from '../../tooling/slidev/index.ts'
import { copyDeck } from './deck-files.ts'
import { ROOT } from './paths.ts'

export interface Sandbox {
  dir: string
  read: (file: string) => string
  write: (file: string, text: string) => void
  edit: (file: string, change: (text: string) => string) => void
  remove: () => void
}

export function makeSandbox(): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'deck-fault-'))
  copyDeck(ROOT, dir)
  const read = (file: string) => readFileSync(join(dir, file), 'utf8')
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text)
  return {
    dir,
    read,
    write,
    edit: (file, change) => {
      const before = read(file)
      const after = change(before)
      if (after === before)
        throw new Error(`The fault was not applied: ${file} did not change`)
      write(file, after)
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** How a command ended and what it printed (no duration: timings are `npm run bench`'s). */
export interface RunResult { code: number | null, signal: NodeJS.Signals | null, output: string }

export interface Running {
  child: ChildProcess
  /** Output so far (stdout and stderr interleaved). */
  output: () => string
  /** Resolves when some output matches. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<void>
  done: Promise<RunResult>
}

const SLIDEV = join(ROOT, 'node_modules/.bin/slidev')

/**
 * A free port on 127.0.0.1. Slidev reads `--port 0` as "no port" and takes 3030 (or the next free
 * one), so dev servers started at the same moment by parallel tests raced for it.
 */
export async function freePort() {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  await new Promise(done => server.close(done))
  return port
}

/** Starts `tsx <script> ...args` (or slidev) in the sandbox; killed after `timeoutMs` at the latest. */
export function start(dir: string, command: 'tsx' | 'slidev', args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 60_000): Running {
  // `node --import tsx` as package.json's scripts run them: the tsx CLI kills a script whose event
  // loop is busy for 60 ms when a signal arrives, before its own Ctrl-C handling can clean up.
  const child = spawn(command === 'tsx' ? process.execPath : SLIDEV, command === 'tsx' ? ['--import', 'tsx', ...args] : args, { cwd: dir, env: { ...process.env, CI: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const listeners: Array<() => void> = []
  const collect = (chunk: Buffer) => {
    // eslint-disable-next-line no-control-regex -- colour codes from the CLIs
    output += chunk.toString().replace(/\x1B\[[0-9;]*m/g, '')
    listeners.forEach(fn => fn())
  }
  child.stdout!.on('data', collect)
  child.stderr!.on('data', collect)
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  // The output is complete when both pipes have ended, which can come well after the exit: tsx
  // exits with its script's code while the script (which holds the pipes) still writes. A process
  // left holding them must not hold the result up for ever: 30 s at most.
  const ended = Promise.all([child.stdout!, child.stderr!].map(stream => new Promise(resolve => stream.once('end', resolve))))
  const done = new Promise<RunResult>((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      void Promise.race([ended, new Promise(r => setTimeout(r, 30_000).unref())]).then(() => resolve({ code, signal, output }))
    })
  })
  return {
    child,
    output: () => output,
    waitFor: (pattern, waitMs = 30_000) => new Promise((resolve, reject) => {
      const check = () => {
        if (pattern.test(output))
          resolve()
      }
      listeners.push(check)
      check()
      setTimeout(() => reject(new Error(`No output matching ${pattern} within ${waitMs} ms:\n${output}`)), waitMs).unref()
    }),
    done,
  }
}

/** Waits for a dev server started with `start(dir, 'slidev', ...)` to print its address, and returns it. */
export async function devAddress(dev: Running, timeoutMs = 30_000) {
  await dev.waitFor(DEV_ADDRESS, timeoutMs)
  return new URL(DEV_ADDRESS.exec(dev.output())![1]!)
}

export function run(dir: string, command: 'tsx' | 'slidev', args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 60_000) {
  return start(dir, command, args, env, timeoutMs).done
}

/**
 * `deck.ts build` and then `deck.ts presenter` in `dir`, the second started while the first prints:
 * not before, since two Slidev builds of one folder at once both write Slidev's generated modules
 * (node_modules/.slidev/virtual) and can read each other's half-written file.
 */
export async function buildBothEditions(dir: string, build: string[], presenter: string[], timeoutMs = 180_000) {
  const site = start(dir, 'tsx', ['scripts/deck.ts', 'build', ...build], {}, timeoutMs)
  await Promise.race([site.waitFor(/Chromium: starting/, timeoutMs), site.done]).catch(() => {})
  const presenterResult = await run(dir, 'tsx', ['scripts/deck.ts', 'presenter', ...presenter], {}, timeoutMs)
  return { site: await site.done, presenter: presenterResult }
}

/** Every process below `pid`, from /proc. */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry))
      continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    }
    catch {}
  }
  const found: number[] = []
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      found.push(c)
      walk(c)
    }
  }
  walk(pid)
  return found
}

export function isAlive(pid: number) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return !/\) Z /.test(stat)
  }
  catch {
    return false
  }
}

/** Playwright's `test` with a fresh sandbox per test, removed afterwards. */
export const test = base.extend<{ box: Sandbox }>({
  // Playwright requires fixture functions to destructure their first argument, even when empty.
  // eslint-disable-next-line no-empty-pattern
  box: async ({}, use) => {
    const box = makeSandbox()
    await use(box)
    box.remove()
  },
})
export { expect }
