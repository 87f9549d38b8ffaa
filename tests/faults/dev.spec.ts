// Presenting live when port 3030 is already taken: `npm run dev` moves to another port; an explicit
// port that is taken is refused with a clear message.
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:net'
import { devAddress, expect, run, start, test } from '../support/sandbox.ts'

function occupy(port: number) {
  return new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(port, () => resolve(server))
  })
}

test('the dev port already taken: another port, or a clear message', async ({ box }) => {
  const blocker = await occupy(0)
  const port = (blocker.address() as AddressInfo).port
  try {
    const refused = await run(box.dir, 'slidev', ['--port', String(port)], {}, 30_000)
    expect(refused.code).not.toBe(0)
    expect(refused.output).toContain(`Port ${port} is already in use`)
    expect(refused.ms).toBeLessThan(20_000)
  }
  finally {
    blocker.close()
  }
})

test('`npm run dev` (no port given) takes the next free port when 3030 is busy', async ({ box }) => {
  const blocker = await occupy(3030).catch(() => undefined)
  const dev = start(box.dir, 'slidev', [], {}, 60_000)
  try {
    const port = Number((await devAddress(dev)).port)
    expect(port).not.toBe(3030)
    const response = await fetch(`http://localhost:${port}/`)
    expect(response.status).toBe(200)
  }
  finally {
    dev.child.kill('SIGTERM')
    await dev.done
    blocker?.close()
  }
})
