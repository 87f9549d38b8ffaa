// The reading view's first screen, written into the built site as plain HTML per slide, and the
// app deferred on an upright phone (docs/hosting.md, "On a phone"): Slidev's client (~600 KB of
// modules) running at once on a slow phone delayed the first screen by seconds.
import type { Page } from 'playwright-chromium'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { COLUMN_DIAGRAM_CSS, FIRST_SCREEN_ID, READING_MEDIA, VIEW_PARAM } from '../reading/view.ts'
import { DOM, QUERY } from './slidev/index.ts'

/** Renders the reading view of the built site once and serialises each slide's section. */
async function capture(page: Page, url: string, slides: number, linked: string[]) {
  await page.goto(`${url}1?view=read`)
  await page.waitForFunction(({ total, layout, loading, mermaid }) => {
    const sections = [...document.querySelectorAll('[data-reading-no]')]
    return document.fonts.status === 'loaded'
      && sections.length === total
      && sections.every(s => s.querySelector(layout) && !s.querySelector(loading) && !s.classList.contains('reading-waiting'))
      && [...document.querySelectorAll(`.reading-view ${mermaid}`)].every(d => d.shadowRoot?.querySelector('svg'))
  }, { total: slides, ...DOM }, { timeout: 30_000 })
  return page.evaluate(({ linked, css }) => {
    const view = document.querySelector('.reading-view')!
    const bar = view.querySelector('.reading-bar')!
    const all = [...view.querySelectorAll<HTMLElement>('[data-reading-no]')]
    // Stylesheets the app loaded later (the slides' chunks); index.html links the others itself.
    const late = [...document.styleSheets].filter(sheet => sheet.href && !linked.includes(new URL(sheet.href).pathname))
    const sections = all.map((section) => {
      const no = section.dataset.readingNo!
      const ownBar = bar.cloneNode(true) as HTMLElement
      ownBar.querySelector('.reading-position')!.textContent = `${no} / ${all.length}`
      const link = ownBar.querySelector('a')!
      link.setAttribute('href', link.getAttribute('href')!.replace(/\d+(?=\?|$)/, no))
      const roots = [...section.querySelectorAll('*')].flatMap(el => el.shadowRoot ? [el.shadowRoot] : [])
      // Mermaid's drawing is scaled to the column by a constructed sheet (setup/diagram-fit.ts), which
      // does not serialise: the same rule, written in.
      const inner = section.getHTML({ shadowRoots: roots }).replace(/<template shadowrootmode="open">/g, `$&<style>${css}</style>`)
      const open = (section.cloneNode(false) as HTMLElement).outerHTML.replace('></section>', `>${inner}</section>`)
      return {
        no: Number(no),
        html: `<div class="${view.className}">${ownBar.outerHTML}<main class="reading-slides">${open}</main></div>`,
        // (Inline functions only: a named one would need a helper tsx adds outside this function.)
        sheets: late.filter(sheet => [...sheet.cssRules].some((rule) => {
          try {
            return rule instanceof CSSStyleRule && !!section.querySelector(rule.selectorText.replace(/::?[\w-]+(?:\([^)]*\))?/g, '') || '*')
          }
          catch {
            return false
          }
        })).map(sheet => new URL(sheet.href!).pathname),
      }
    })
    // Dark colours (html.dark in styles/tokens.css) follow the system setting until the app sets
    // html.dark itself.
    const dark = [...document.styleSheets].flatMap(sheet => [...sheet.cssRules]).filter(rule => rule instanceof CSSStyleRule && rule.selectorText === 'html.dark').map(rule => (rule as CSSStyleRule).style.cssText).join(' ')
    return { sections, dark }
  }, { linked, css: COLUMN_DIAGRAM_CSS })
}

/**
 * Replaces the app's entry script by a small one (assets/boot-<hash>.js, same origin for the strict
 * script-src) that adds it back at once, or later on an upright phone showing its first screen.
 */
export function deferApp(html: string, siteDir: string, base: string) {
  const entryTag = /<script type="module" crossorigin src="([^"]+)"><\/script>/
  const entry = entryTag.exec(html)?.[1]
  if (!entry)
    throw new Error(`${join(siteDir, 'index.html')}: expected Slidev's entry, <script type="module" crossorigin src="…">, in the page`)
  const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map(m => m[1]!)
  const source = `// Written by tooling/reading-pages.ts: loads the deck's app now, or on an upright phone later.
(() => {
  const entry = ${JSON.stringify(entry)}
  const preloads = ${JSON.stringify(preloads)}
  const query = new URLSearchParams(location.search)
  const upright = matchMedia(${JSON.stringify(READING_MEDIA)})
  const events = ['scroll', 'pointerdown', 'keydown']
  let fetched = false
  // Fetches the modules without running them: the app then starts without waiting on the network.
  function fetchModules() {
    if (fetched)
      return
    fetched = true
    for (const href of [entry, ...preloads])
      document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', crossOrigin: '', href }))
  }
  function load() {
    events.forEach(type => removeEventListener(type, load, true))
    upright.removeEventListener('change', load)
    fetchModules()
    document.head.append(Object.assign(document.createElement('script'), { type: 'module', crossOrigin: '', src: entry }))
  }
  // A host that answers every address with this page (a rewrite to index.html) may show another
  // slide's first screen than the address asks for: the app, at once, puts it right.
  const asked = location.pathname.slice(${JSON.stringify(base)}.length).replace(/\\/$/, '') || '1'
  const shown = document.querySelector('#${FIRST_SCREEN_ID} [data-reading-no]')?.dataset.readingNo
  if (!upright.matches || asked !== shown || query.get(${JSON.stringify(VIEW_PARAM)}) === 'slides' || ${JSON.stringify(Object.values(QUERY))}.some(name => query.has(name)))
    return load()
  events.forEach(type => addEventListener(type, load, { capture: true, passive: true }))
  upright.addEventListener('change', load)
  const idle = () => (globalThis.requestIdleCallback ?? setTimeout)(fetchModules)
  if (document.readyState === 'complete')
    idle()
  else
    addEventListener('load', idle, { once: true })
})()
`
  const file = `assets/boot-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.js`
  writeFileSync(join(siteDir, file), source)
  // Elsewhere the preload scanner still fetches every module at once, as Slidev's page had it.
  const elsewhere = `media="not (${READING_MEDIA})"`
  return html
    .replace(/<link rel="modulepreload" crossorigin href="[^"]+"/g, `$& ${elsewhere}`)
    .replace(entryTag, `<script defer src="${base}${file}"></script>\n<link rel="modulepreload" crossorigin href="${entry}" ${elsewhere}>`)
}

/** Writes each slide's first screen, from the reading view of the built site rendered by `open` at a mid-range phone's size. */
export async function writeReadingPages(siteDir: string, slides: number, open: (viewport: { width: number, height: number }) => Promise<{ page: Page, url: string }>) {
  const index = readFileSync(join(siteDir, 'index.html'), 'utf8')
  const linked = [...index.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map(m => m[1]!)
  const { page, url } = await open({ width: 390, height: 844 })
  const captured = await capture(page, url, slides, linked).finally(() => page.context().close())
  const base = new URL(url).pathname
  const deferred = deferApp(index, siteDir, base)
  for (const section of captured.sections) {
    // Until the app runs: the page scrolls (Slidev's CSS fixes it to the window), the first screen
    // shows only where the reading view would, and in the system's colours.
    const style = [
      `@media ${READING_MEDIA} { html:has(#${FIRST_SCREEN_ID}), html:has(#${FIRST_SCREEN_ID}) body { height: auto; overflow: visible; } }`,
      `@media not (${READING_MEDIA}) { #${FIRST_SCREEN_ID} { display: none; } }`,
      `@media (prefers-color-scheme: dark) { html:has(#${FIRST_SCREEN_ID}) { ${captured.dark} } }`,
      ...section.sheets.map(path => readFileSync(join(siteDir, path.slice(base.length)), 'utf8')),
    ].join('\n')
    const html = deferred
      .replace('</head>', `<style>\n${style}\n</style>\n</head>`)
      .replace(/<body>/, `$&\n<div id="${FIRST_SCREEN_ID}">${section.html}</div>`)
    // 404.html is GitHub Pages' answer to any other address: the deck itself, as Slidev writes it.
    for (const file of section.no === 1 ? ['index.html', '404.html'] : [`${section.no}.html`])
      writeFileSync(join(siteDir, file), html)
  }
}
