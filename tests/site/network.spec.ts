// Nothing leaves the machine, and the deck's own code logs no error or warning.
import { deck } from '../support/deck.ts'
import { expect, openSlide, test } from '../support/site.ts'

test('no request goes to another host, and the console stays clean, on every slide', async ({ page, site, outside }) => {
  const messages: string[] = []
  page.on('console', (message) => {
    // GitHub Pages answers a deep link with its 404 page (status 404), which Chromium logs for the document.
    const isDocument404 = message.text().includes('status of 404') && message.location().url === page.url()
    if (['error', 'warning'].includes(message.type()) && !isDocument404)
      messages.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', error => messages.push(`pageerror: ${error.message}`))
  for (const slide of deck.slides)
    await openSlide(page, site, slide.no, slide.noteClicks)
  expect(outside).toEqual([])
  expect(messages).toEqual([])
})
