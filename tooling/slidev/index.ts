// Every name of Slidev's insides the deck relies on (./README.md; where Slidev writes each and why:
// ./contract.ts). Plain data and pure functions, as Node and the browser both import this file.

export const ROUTES = {
  play: { name: 'play', path: '/:no' },
  presenter: { name: 'presenter', path: '/presenter/:no' },
  entry: { name: 'entry', path: '/entry' },
  notes: { name: 'notes', path: '/notes' },
  overview: { name: 'overview', path: '/overview' },
  print: { name: 'print', path: '/print' },
} as const

/** A route's address without the leading slash: 'presenter/5', or 'presenter' (Slidev redirects it to slide 1). */
export function routeAddress(route: keyof typeof ROUTES, no?: number | string) {
  const path: string = ROUTES[route].path
  return (no === undefined ? path.replace(/\/:no$/, '') : path.replace(':no', String(no))).slice(1)
}

export const QUERY = { print: 'print', embedded: 'embedded' } as const

/** `print=true` prints final states, `print=clicks` every click step. */
export function printAddress(mode: 'true' | 'clicks') {
  return `${routeAddress('print')}?${QUERY.print}=${mode}`
}

export const SLIDE_NO = 'data-slidev-no'
const CLICKS_START = 'data-slidev-clicks-start'

export const DOM = {
  printContent: '#print-content',
  printSlide: '.print-slide-container',
  page: '.slidev-page',
  layout: '.slidev-layout',
  slide: `[${SLIDE_NO}]`,
  clicksStart: `[${CLICKS_START}]`,
  vclickHidden: '.slidev-vclick-hidden',
  vclickTarget: '.slidev-vclick-target',
  loading: '.slidev-slide-loading',
  note: '.slidev-note',
  noteWithClicks: '.slidev-note-with-clicks',
  noteFade: '.slidev-note-fade',
  presenterTimer: '.font-mono.text-3xl',
  gotoInput: '#slidev-goto-input',
  slideContainer: '#slide-container',
  presenter: '.slidev-presenter',
  mermaid: '.mermaid',
  mermaidError: 'pre[border]',
  mermaidRendering: '#mermaid-rendering-container',
} as const

/** A printed page's slide and click from its id: "005-02" is slide 5 after one click (click + 1). */
export function printStep(id: string) {
  const [no, step] = id.split('-').map(Number)
  return { no: no!, click: step! - 1 }
}

/** The click steps an element appears and disappears at, 0 when unset. */
export function clickRange(el: Element) {
  return [Number(el.getAttribute(CLICKS_START) ?? 0), Number(el.getAttribute(CLICKS_START.replace('start', 'end')) ?? 0)]
}

export function slideSelector(no: number | string) {
  return `[${SLIDE_NO}="${no}"]`
}

export const NOTE_CLICKS_ATTRIBUTE = 'data-clicks'

export const DEFINES = { print: '__SLIDEV_FEATURE_PRINT__', presenter: '__SLIDEV_FEATURE_PRESENTER__' } as const

declare const __SLIDEV_FEATURE_PRESENTER__: boolean
/** Whether this build has the presenter view. Vite replaces the define; a function, as Node imports this file too and has no such global. */
export const hasPresenterView = () => __SLIDEV_FEATURE_PRESENTER__

export function slideHeight(canvasWidth: number, aspectRatio: number) {
  return Math.ceil(canvasWidth / aspectRatio)
}

export const DEV_ADDRESS = /public slide show\s+>\s+(http:\/\/localhost:\d+\/)/

export const GENERATED_MODULES = 'node_modules/.slidev'

export const VUE_BUILDS = { slidev: 'vue/dist/vue.esm-bundler.js', runtime: 'vue/dist/vue.runtime.esm-bundler.js' } as const

export const TWOSLASH_STYLE = { slidev: '@shikijs/vitepress-twoslash/style.css', tooltips: 'floating-vue/style.css' } as const

const CLIENT = '@slidev/cli > @slidev/client'
export const CLIENT_DEPENDENCY_CHAINS = [
  ...['popmotion', 'style-value-types', 'framesync'].map(dep => `${CLIENT} > @vueuse/motion > ${dep}`),
  ...['unhead', 'unhead/client', 'unhead/plugins', 'unhead/scripts', 'unhead/utils'].map(dep => `${CLIENT} > @unhead/vue > ${dep}`),
  ...['core', 'renderer', 'math', 'generator'].map(file => `${CLIENT} > @slidev/rough-notation > roughjs/bin/${file}`),
  `${CLIENT} > floating-vue > @floating-ui/dom`,
  `${CLIENT} > drauu > @drauu/core`,
]

export const CLIENT_PAGES = ['main.ts', 'pages/play.vue', 'pages/presenter.vue']
export const clientPageUrl = (file: string) => `/node_modules/@slidev/client/${file}`

export const SLIDE_MODULE_PREFIX = '/@slidev/slides/'
export const slideModuleUrl = (no: number) => `${SLIDE_MODULE_PREFIX}${no}/md`

export const SERVER_PATHS = { nav: '/@server-reactive/nav', mcp: '/__mcp' } as const

export const CONFIGS_MODULE = '/@slidev/configs'
const CONFIGS_PREFIX = 'export default '

/** Slidev's configs module (`export default {json}`) with `edit` applied to the headmatter; undefined for any other module. */
export function editConfigsModule(id: string, code: string, edit: (configs: Record<string, unknown>) => void) {
  if (!id.endsWith(CONFIGS_MODULE) || !code.startsWith(CONFIGS_PREFIX))
    return undefined
  const configs = JSON.parse(code.slice(CONFIGS_PREFIX.length)) as Record<string, unknown>
  edit(configs)
  return `${CONFIGS_PREFIX}${JSON.stringify(configs)}`
}

/** The message of every broken contact (the contract check, the build's print step, live sync). */
export function changed(contact: string, reliedOn: string) {
  return `Slidev changed ${contact}: ${reliedOn}`
}
