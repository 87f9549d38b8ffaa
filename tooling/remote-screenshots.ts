// The phone remote (remote/) as a phone shows it, light and dark, for the README: a 390 x 844
// phone on a running remote-mode dev server, with the talk moved into a slide's click steps and
// the timer started (scripts/docs-images.ts runs it).
import type { Browser } from 'playwright-chromium'

export async function screenshotRemote(browser: Browser, url: string, password: string, files: { light: string, dark: string }, taps = 7) {
  for (const [scheme, file] of Object.entries(files) as Array<['light' | 'dark', string]>) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      colorScheme: scheme,
      httpCredentials: { username: 'presenter', password },
    })
    const phone = await context.newPage()
    await phone.goto(`${url}remote`, { timeout: 120_000 })
    await phone.locator('.remote-where').waitFor({ timeout: 60_000 })
    // The talk's position and timer live on the server: moved once, both pictures show them.
    if (scheme === 'light') {
      for (let i = 0; i < taps; i++)
        await phone.getByRole('button', { name: 'Next' }).tap()
      await phone.getByRole('button', { name: 'Start timer' }).tap()
    }
    await phone.getByRole('button', { name: 'Pause timer' }).waitFor()
    // The current step is scrolled into view smoothly: wait until the notes stop moving.
    await phone.waitForFunction(() => {
      const notes = document.querySelector('.remote-notes') as HTMLElement & { last?: number }
      const settled = notes.last === notes.scrollTop
      notes.last = notes.scrollTop
      return settled && document.getAnimations().every(a => a.playState !== 'running')
    }, undefined, { polling: 200 })
    await phone.screenshot({ path: file })
    await context.close()
  }
}
