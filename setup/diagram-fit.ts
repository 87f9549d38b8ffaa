// Each Mermaid diagram on a slide fills the space its slide leaves it (styles/deck.css), scaled up
// to labels at DIAGRAM.maxLabelPx; in the reading view it is scaled down to the column. A
// constructed sheet (a strict CSP allows it, unlike a <style>) reaches into Mermaid's shadow root.
// The SVG's box is the drawing's own, with no empty margin: the PowerPoint export turns a slide
// into one picture when pictures cover most of it.
import { DIAGRAM } from '../layout/geometry.ts'
import { COLUMN_DIAGRAM_CSS } from '../reading/view.ts'
import { DOM } from '../tooling/slidev/index.ts'

const MAX_SCALE = DIAGRAM.maxLabelPx / DIAGRAM.labelPx
/** Mermaid renders after its slide mounts; a host waits this many frames for its drawing. */
const FRAMES_TO_WAIT = 600

const SLIDE_CSS = `svg {
  display: block; margin: auto;
  width: var(--deck-diagram-width) !important; height: var(--deck-diagram-height) !important;
  max-width: none !important;
}`

function fit(host: HTMLElement, root: ShadowRoot) {
  const box = root.querySelector('svg')?.viewBox.baseVal
  // Layout sizes, in canvas px: the slide's own scaling to the window is a transform.
  const scale = Math.min(host.clientWidth / (box?.width || Infinity), host.clientHeight / (box?.height || Infinity), MAX_SCALE)
  if (!box || !(scale > 0))
    return
  host.style.setProperty('--deck-diagram-width', `${box.width * scale}px`)
  host.style.setProperty('--deck-diagram-height', `${box.height * scale}px`)
}

const watched = new WeakSet<Element>()

function watch(host: HTMLElement, frames = FRAMES_TO_WAIT) {
  if (watched.has(host))
    return
  const root = host.shadowRoot
  if (!root) {
    if (frames > 0 && host.isConnected)
      requestAnimationFrame(() => watch(host, frames - 1))
    return
  }
  watched.add(host)
  const reading = !!host.closest('.reading-view')
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(reading ? COLUMN_DIAGRAM_CSS : SLIDE_CSS)
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
  if (reading)
    return
  fit(host, root)
  new ResizeObserver(() => fit(host, root)).observe(host)
  // Mermaid draws again on a switch between light and dark: the new drawing is sized the same way.
  new MutationObserver(() => fit(host, root)).observe(root, { childList: true })
}

/** The diagrams in the deck's figures (on a slide laid out to take the rest of it: styles/deck.css). */
const HOSTS = `${DOM.layout} figure.diagram > ${DOM.mermaid}`

/** Sizes every diagram, on a slide or in the reading view, now and whenever one mounts. */
export function fitSlideDiagrams() {
  if (!('adoptedStyleSheets' in Document.prototype))
    return
  const scan = (node: Node) => {
    if (node instanceof HTMLElement)
      [node, ...node.querySelectorAll<HTMLElement>(HOSTS)].filter(el => el.matches(HOSTS)).forEach(host => watch(host))
  }
  new MutationObserver(records => records.forEach(record => record.addedNodes.forEach(scan))).observe(document.body, { childList: true, subtree: true })
  scan(document.body)
}
