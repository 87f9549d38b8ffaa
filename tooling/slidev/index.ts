// Slidev's insides: every name the deck relies on beyond Slidev's documented API (headmatter, the
// `setup/` hooks, the CLI's flags, layouts and components), in one place. Each name is checked
// against the installed Slidev by `npm run check:slidev` (./contract.ts), which says what moved
// after an upgrade (./README.md). Plain data and pure functions: Node, the browser and pages
// under Playwright all import this file. The browser's own imports of Slidev's client modules
// are in ./client.js and ./printed-slide.js, the defines' values in ./features.js; Node-only
// contacts (the exporter chunk, package folders) in ./node.ts.

/**
 * Route names and paths (@slidev/client setup/routes.ts). Relied on to tell the slide, presenter,
 * remote-control and print views apart: Slidev documents the addresses for people, not the names.
 */
export const ROUTES = {
  play: { name: 'play', path: '/:no' },
  presenter: { name: 'presenter', path: '/presenter/:no' },
  entry: { name: 'entry', path: '/entry' },
  notes: { name: 'notes', path: '/notes' },
  overview: { name: 'overview', path: '/overview' },
  print: { name: 'print', path: '/print' },
} as const
export type RouteKey = keyof typeof ROUTES

/**
 * A route's address under the base, without the leading slash: `routeAddress('presenter', 5)` is
 * 'presenter/5', `routeAddress('presenter')` 'presenter' (Slidev redirects it to slide 1).
 */
export function routeAddress(route: RouteKey, no?: number | string) {
  const path: string = ROUTES[route].path
  return (no === undefined ? path.replace(/\/:no$/, '') : path.replace(':no', String(no))).slice(1)
}

/**
 * Query flags Slidev's client reads (composables/useNav.ts `query.value.has(...)`): the print
 * route's mode and an embedded slide. Undocumented; the deck keeps its own views out of both.
 */
export const QUERY = { print: 'print', embedded: 'embedded' } as const

/** The print route's address under the base: `print=true` (final states) or `print=clicks` (every click step). */
export function printAddress(mode: 'true' | 'clicks') {
  return `${routeAddress('print')}?${QUERY.print}=${mode}`
}

/** internals/SlideWrapper.vue: the attribute holding a rendered slide's number. */
export const SLIDE_NO = 'data-slidev-no'
/** modules/v-click.ts: the attribute holding the click step an element appears at. */
export const CLICKS_START = 'data-slidev-clicks-start'

/**
 * DOM ids, classes and attributes of Slidev's client that the print step, the exports, the
 * checks and the tests read. No documented API reports a rendered slide or its state, so they
 * read the DOM; each entry names where Slidev emits it (checked by ./contract.ts).
 */
export const DOM = {
  /** internals/PrintContainer.vue: the print route's list of slides. */
  printContent: '#print-content',
  /** internals/PrintSlideClick.vue: one printed page (a slide at one click step). */
  printSlide: '.print-slide-container',
  /** utils.ts: each slide's page element (fixed canvas size), the reading view unsizes it. */
  page: '.slidev-page',
  /** The root of every layout (client/layouts, theme-default/layouts): the deck's type is scoped to it. */
  layout: '.slidev-layout',
  /** internals/SlideWrapper.vue: the rendered slide, with its number. */
  slide: `[${SLIDE_NO}]`,
  /** modules/v-click.ts: the click step at which an element appears. */
  clicksStart: `[${CLICKS_START}]`,
  /** constants.ts: an element hidden until its click. */
  vclickHidden: '.slidev-vclick-hidden',
  /** constants.ts: any element v-click controls. */
  vclickTarget: '.slidev-vclick-target',
  /** internals/SlideLoading.vue: a slide still loading. */
  loading: '.slidev-slide-loading',
  /** internals/NoteDisplay.vue: the speaker notes in the presenter view. */
  note: '.slidev-note',
  /** internals/NoteDisplay.vue: notes split at [click] markers (the phone remote's CSS names it too). */
  noteWithClicks: '.slidev-note-with-clicks',
  /** internals/NoteDisplay.vue: one click step's part of the notes, faded unless it is the current one. */
  noteFade: '.slidev-note-fade',
  /** internals/TimerInlined.vue: the presenter view's timer digits. */
  presenterTimer: '.font-mono.text-3xl',
  /** internals/Goto.vue: the go-to-slide field ("g"), which the deck labels. */
  gotoInput: '#slidev-goto-input',
  /** internals/SlideContainer.vue: the main slide's container, which the deck makes the `main` landmark. */
  slideContainer: '#slide-container',
  /** pages/presenter.vue: the presenter view's root. */
  presenter: '.slidev-presenter',
  /** builtin/Mermaid.vue: a drawn diagram's host (the SVG is in its shadow root). */
  mermaid: '.mermaid',
  /** builtin/Mermaid.vue: the error block shown instead of a diagram that failed. */
  mermaidError: 'pre[border]',
  /** modules/mermaid.ts: the off-screen box Mermaid draws in, hidden before printing. */
  mermaidRendering: '#mermaid-rendering-container',
} as const

/**
 * A printed page's slide and click from its element id (internals/PrintSlideClick.vue: slide in 3
 * digits, click + 1 in 2, "005-02" is slide 5 after one click); the print route reports no steps otherwise.
 */
export function printStep(id: string) {
  const [no, step] = id.split('-').map(Number)
  return { no: no!, click: step! - 1 }
}

/** The click steps an element of a slide appears and disappears at (modules/v-click.ts), 0 when unset. */
export function clickRange(el: Element) {
  return [Number(el.getAttribute(CLICKS_START) ?? 0), Number(el.getAttribute(CLICKS_START.replace('start', 'end')) ?? 0)]
}

/** The number of a rendered slide element (SlideWrapper.vue). */
export function slideNoOf(el: Element) {
  return Number(el.getAttribute(SLIDE_NO))
}

/**
 * The notes' HTML marks each `[click]` marker as `<span class="slidev-note-click-mark"
 * data-clicks="n">` (the cli's note renderer): the phone remote counts a slide's steps from it.
 */
export const NOTE_CLICKS_ATTRIBUTE = 'data-clicks'

/** The rendered slide number `no`: `[data-slidev-no="5"]`. */
export function slideSelector(no: number | string) {
  return `[${SLIDE_NO}="${no}"]`
}

/**
 * The localStorage key of Slidev's per-browser sync settings (state/storage.ts `syncDirections`),
 * which setup/live-sync.ts reads and sets; no API exposes them.
 */
export const SYNC_DIRECTIONS_KEY = 'slidev-sync-directions'

/**
 * Compile-time switches of Slidev's client (setup/routes.ts): the build defines them to add the
 * print and presenter routes without the headmatter switches, which would also run Slidev's own,
 * untagged export.
 */
export const DEFINES = {
  print: '__SLIDEV_FEATURE_PRINT__',
  presenter: '__SLIDEV_FEATURE_PRESENTER__',
} as const

/**
 * Slidev's canvas height from its width and aspect ratio (env.ts `slideHeight`, Math.ceil): the
 * fit check and the PDF's page size must match the pixels Slidev lays out; not documented.
 */
export const CANVAS_ROUNDING = 'ceil' as const
export function slideHeight(canvasWidth: number, aspectRatio: number) {
  return Math[CANVAS_ROUNDING](canvasWidth / aspectRatio)
}

/**
 * The hashed chunk of @slidev/cli holding the editable PowerPoint exporter and the name it
 * exports: @slidev/cli's package exports do not include it (loaded by ./node.ts).
 */
export const PPTX_CHUNK = /^pptx-[\w-]+\.mjs$/
export const PPTX_EXPORT = 'exportPptxEditable'

/**
 * The line `slidev` (the dev server) prints when it is ready, with its address (colour codes
 * removed; cli.mjs). The CLI has no machine-readable "ready" signal.
 */
export const DEV_ADDRESS = /public slide show\s+>\s+(http:\/\/localhost:\d+\/)/

/**
 * Where every Slidev process writes the modules it generates (cli's import-glob proxies), under
 * the project's node_modules, each file by a plain overwrite: two processes of two copies sharing
 * one node_modules write the same files, and one can read the other's half-written file.
 */
export const GENERATED_MODULES = 'node_modules/.slidev'

/**
 * Slidev aliases `vue` to Vue's full build (cli's config plugin), whose template compiler (about
 * 60 KB) its client never calls: every component is compiled at build time. vite.config.ts aliases
 * the runtime-only build instead.
 */
export const VUE_BUILDS = { slidev: 'vue/dist/vue.esm-bundler.js', runtime: 'vue/dist/vue.runtime.esm-bundler.js' } as const

/**
 * client/styles/index.ts loads twoslash's stylesheet on every page: about 10 KB for twoslash's
 * popups, which the deck switches off, after floating-vue's, which Slidev's own tooltips use.
 * vite.config.ts aliases floating-vue's alone.
 */
export const TWOSLASH_STYLE = { slidev: '@shikijs/vitepress-twoslash/style.css', tooltips: 'floating-vue/style.css' } as const

/**
 * Vite dependency-optimisation chains (`a > b`) to libraries Slidev's client reaches through
 * packages it keeps out of Vite's bundling (@slidev/client's package.json); tooling/warmup.ts
 * bundles them. Vite only accepts a nested dependency by its chain from the project.
 */
const CLIENT = '@slidev/cli > @slidev/client'
export const CLIENT_DEPENDENCY_CHAINS = [
  ...['popmotion', 'style-value-types', 'framesync'].map(dep => `${CLIENT} > @vueuse/motion > ${dep}`),
  ...['unhead', 'unhead/client', 'unhead/plugins', 'unhead/scripts', 'unhead/utils'].map(dep => `${CLIENT} > @unhead/vue > ${dep}`),
  ...['core', 'renderer', 'math', 'generator'].map(file => `${CLIENT} > @slidev/rough-notation > roughjs/bin/${file}`),
  `${CLIENT} > floating-vue > @floating-ui/dom`,
  `${CLIENT} > drauu > @drauu/core`,
]

/** The client's entry and the two views a talk opens, as the dev server serves them (tooling/warmup.ts). */
export const CLIENT_PAGES = ['main.ts', 'pages/play.vue', 'pages/presenter.vue']
export const clientPageUrl = (file: string) => `/node_modules/@slidev/client/${file}`

/** The dev server's module of slide `no` (cli's VIRTUAL_SLIDE_PREFIX), which tooling/warmup.ts compiles ahead. */
export const SLIDE_MODULE_PREFIX = '/@slidev/slides/'
export const slideModuleUrl = (no: number) => `${SLIDE_MODULE_PREFIX}${no}/md`

/**
 * Dev-server endpoints that carry the talk (the shared position of vue-server-ref, the MCP
 * server): the remote-auth test asks each for a 401; they are not documented addresses.
 */
export const SERVER_PATHS = { nav: '/@server-reactive/nav', mcp: '/__mcp' } as const

/**
 * The virtual module serving the headmatter to the client, `export default {json}` with the
 * `--remote` password in it (cli's serve chunk): tooling/remote-auth.ts removes the password.
 */
export const CONFIGS_MODULE = '/@slidev/configs'
const CONFIGS_PREFIX = 'export default '

/** The configs object of Slidev's configs module, or undefined for any other module. */
export function readConfigsModule(id: string, code: string): Record<string, unknown> | undefined {
  if (!id.endsWith(CONFIGS_MODULE) || !code.startsWith(CONFIGS_PREFIX))
    return undefined
  return JSON.parse(code.slice(CONFIGS_PREFIX.length)) as Record<string, unknown>
}

export function writeConfigsModule(configs: Record<string, unknown>) {
  return `${CONFIGS_PREFIX}${JSON.stringify(configs)}`
}

/** The message of every broken contact, in one form (the contract check and the build's print step). */
export function changed(contact: string, reliedOn: string) {
  return `Slidev changed ${contact}: ${reliedOn}`
}
