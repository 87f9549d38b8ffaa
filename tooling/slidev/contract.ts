// Each contact of this folder (./README.md): where Slidev writes it and what the deck relies on it
// for, checked by reading Slidev's source (no build, no browser: it runs first in `npm test`).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { changed, CLIENT_DEPENDENCY_CHAINS, CLIENT_PAGES, CONFIGS_MODULE, DEFINES, DEV_ADDRESS, DOM, GENERATED_MODULES, NOTE_CLICKS_ATTRIBUTE, QUERY, ROUTES, SERVER_PATHS, SLIDE_MODULE_PREFIX, slideHeight, slideModuleUrl, TWOSLASH_STYLE, VUE_BUILDS } from './index.ts'

interface Contact { contact: string, reliedOn: string, holds: (slidev: Slidev) => boolean }

/** A Slidev installation (the folder holding client/, cli/, theme-default/): a missing file reads as empty. */
class Slidev {
  constructor(readonly dir: string) {}
  read(file: string) {
    const path = join(this.dir, file)
    return existsSync(path) ? readFileSync(path, 'utf8') : ''
  }

  /** The files of `folder` whose names match, concatenated. */
  readAll(folder: string, names: RegExp) {
    const dir = join(this.dir, folder)
    const files = existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : []
    return files.filter(file => names.test(file) && !file.includes('node_modules')).map(file => this.read(join(folder, file))).join('\n')
  }

  cli() {
    return this.readAll('cli/dist', /^[^/\\]+\.mjs$/)
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** `name` as a whole class name, id or attribute (not a prefix of a longer one). */
const word = (name: string) => new RegExp(`(?<![\\w-])${escape(name)}(?![\\w-])`)
/** Whether a module exports `name`, declared or in an export list (`a as name`, not `name as b`). */
function exportsName(source: string, name: string) {
  return new RegExp(`export\\s*(?:(?:async\\s+)?(?:const|let|function|class)\\s+${name}\\b|\\{[^}]*\\b${name}\\b(?!\\s+as\\b)[^}]*\\})`).test(source)
}

const ROUTE_USES: Record<keyof typeof ROUTES, string> = {
  play: 'the reading view replaces the slide route\'s view on the public site; live sync follows audience windows on it',
  presenter: 'live sync joins the talk only where the presenter view exists; the presenter edition\'s static pages',
  entry: 'live sync joins the talk after the phone\'s remote-control menu; the presenter edition\'s static pages',
  notes: 'the presenter edition\'s static pages; the remote-auth test asks for it',
  overview: 'the presenter edition\'s static pages; the remote-auth test asks for it',
  print: 'the PDF and every export print the built site\'s print route',
}

/** Where Slidev emits each DOM name (files under the Slidev folder; `name` when written otherwise there) and why the deck reads it. */
const EMITTED: Record<keyof typeof DOM, { file: string | string[], name?: string, reliedOn: string }> = {
  printContent: { file: 'client/internals/PrintContainer.vue', reliedOn: 'the PDF, PowerPoint, PNG and click-step exports and the build\'s checks find the printed slides in it' },
  printSlide: { file: 'client/internals/PrintSlideClick.vue', reliedOn: 'the exports and checks read one printed page (slide at a click step) per element; the reading view unsizes it' },
  page: { file: 'client/utils.ts', reliedOn: 'the reading view turns each slide\'s fixed-size page into a plain block' },
  layout: { file: ['client/layouts/default.vue', 'theme-default/layouts/cover.vue'], reliedOn: 'the deck\'s styles and checks are scoped to the root of every layout; the content check lists the layouts a slide may name from these folders (tooling/checks/sources.ts)' },
  slide: { file: 'client/internals/SlideWrapper.vue', reliedOn: 'the checks, exports and tests find a rendered slide by its number' },
  clicksStart: { file: 'client/modules/v-click.ts', name: 'dataset.slidevClicksStart', reliedOn: 'the reading view puts a slide\'s click count in the address' },
  vclickHidden: { file: 'client/constants.ts', reliedOn: 'the legibility and overflow checks skip text hidden until a click' },
  vclickTarget: { file: 'client/constants.ts', reliedOn: 'the deck\'s default layout spacing leaves v-click elements alone' },
  loading: { file: 'client/internals/SlideLoading.vue', reliedOn: 'the print step waits until no slide is loading' },
  note: { file: 'client/internals/NoteDisplay.vue', reliedOn: 'the presenter-view tests and the benchmark wait for the speaker notes' },
  noteWithClicks: { file: 'client/internals/NoteDisplay.vue', reliedOn: 'the phone remote marks the current click step\'s notes and its test finds them' },
  noteFade: { file: 'client/internals/NoteDisplay.vue', name: 'const CLASS_FADE = \'slidev-note-fade\'', reliedOn: 'the phone remote dims the earlier steps\' notes' },
  presenterTimer: { file: 'client/internals/TimerInlined.vue', name: 'class="text-3xl px-3 my-auto font-mono"', reliedOn: 'the live tests read the presenter view\'s timer' },
  gotoInput: { file: 'client/internals/Goto.vue', reliedOn: 'setup/root.ts gives the go-to-slide field its accessible name' },
  slideContainer: { file: 'client/internals/SlideContainer.vue', reliedOn: 'setup/root.ts makes the slide the page\'s main landmark' },
  presenter: { file: 'client/pages/presenter.vue', reliedOn: 'the hosting test tells the presenter edition (has it) from the public site (has none)' },
  mermaid: { file: 'client/builtin/Mermaid.vue', name: 'class="mermaid"', reliedOn: 'the diagram fit, the checks, the exports and the tests find each diagram by it; the content check lists builtin/ as components a slide may name' },
  mermaidError: { file: 'client/builtin/Mermaid.vue', name: '<pre v-if="error" border=', reliedOn: 'the build reports a diagram that failed to render, with Mermaid\'s message' },
  mermaidRendering: { file: 'client/modules/mermaid.ts', reliedOn: 'the print step hides Mermaid\'s off-screen drawing box before printing' },
}

const SYNC_KEY = 'slidev-sync-directions'

/** Contacts that hold while a Slidev file ('cli': its bundle) contains a text (or each of them): [what Slidev would have changed, file, text, why]. */
type Written = [contact: string, file: string, text: string | string[] | RegExp, reliedOn: string]
const WRITTEN: Written[] = [
  ['TRUST_ORIGINS', 'client/setup/root.ts', 'TRUST_ORIGINS.includes(location.host', 'live sync lists the host while an audience window sends its own move'],
  [`the storage key '${SYNC_KEY}'`, 'client/state/storage.ts', new RegExp(`syncDirections = useLocalStorage\\(\\s*'${SYNC_KEY}'`), 'live sync pauses the presenter\'s sending by it'],
  ...Object.values(QUERY).map((flag): Written => [`the query flag ?${flag}`, 'client/composables/useNav.ts', `query.value.has('${flag}')`, 'live sync and the reading view skip it']),
  [`the notes' click marks (${NOTE_CLICKS_ATTRIBUTE}="n")`, 'cli', `<span class="slidev-note-click-mark" ${NOTE_CLICKS_ATTRIBUTE}="\${`, 'the phone remote counts click steps by them'],
  ...Object.values(SERVER_PATHS).map((path): Written => [`the dev server endpoint ${path}`, 'cli', `"${path}"`, 'it carries the talk: the remote-auth test asks it for a 401']),
  [`the folder ${GENERATED_MODULES}/virtual`, 'cli', `join(baseRoot, "${GENERATED_MODULES}/virtual/import-glob")`, 'each copy of the deck writes its own (tests/support/deck-files.ts)'],
  [
    `the configs module ${CONFIGS_MODULE} (\`export default {json}\`)`,
    'cli',
    new RegExp(`id: "${CONFIGS_MODULE}"[\\s\\S]{0,300}?remote,[\\s\\S]{0,300}?return \`export default \\$\\{JSON\\.stringify\\(config\\)\\}\``),
    'the remote password is removed from it so the browser never receives it (tooling/remote-auth.ts)',
  ],
  [`the slide modules ${slideModuleUrl(1)} (VIRTUAL_SLIDE_PREFIX)`, 'cli', [`const VIRTUAL_SLIDE_PREFIX = "${SLIDE_MODULE_PREFIX}"`, `\${VIRTUAL_SLIDE_PREFIX}\${no}/md`], 'the dev server compiles every slide before printing its address (tooling/warmup.ts)'],
]

const exporter: Contact = {
  contact: 'the exporter chunk (exportPptxEditable in @slidev/cli/dist/pptx-*.mjs)',
  reliedOn: 'the editable PowerPoint export is built on it',
  holds: (s) => {
    const chunk = pptxChunk(s.dir)
    return !!chunk && exportsName(s.read(`cli/dist/${chunk}`), 'exportPptxEditable')
  },
}

/** Named exports of Slidev's client modules that this folder's .js files re-export, from their `from` lines. */
function clientImports() {
  const here = dirname(fileURLToPath(import.meta.url))
  const source = readdirSync(here).filter(name => name.endsWith('.js')).map(name => readFileSync(join(here, name), 'utf8')).join('\n')
  return [...source.matchAll(/^export\s*\{([^}]*)\}\s*from\s*'@slidev\/client\/([^']+)'/gm)].flatMap(([, names, file]) =>
    names!.split(',').map(item => ({ file: file!, name: item.trim().split(/\s+as\s+/)[0]! })))
}

export function contacts(): Contact[] {
  return [
    ...Object.entries(ROUTES).map(([key, { name, path }]): Contact => ({
      contact: `route '${name}' (${path})`,
      reliedOn: ROUTE_USES[key as keyof typeof ROUTES],
      holds: s => new RegExp(`name:\\s*'${escape(name)}',\\s*path:\\s*'${escape(path)}'`).test(s.read('client/setup/routes.ts')),
    })),
    ...Object.entries(DOM).map(([key, selector]): Contact => {
      const { file, name = selector.replace(/^[#.[]|\]$/g, ''), reliedOn } = EMITTED[key as keyof typeof DOM]
      const files = [file].flat()
      return { contact: `${selector} (in ${files.join(', ')})`, reliedOn, holds: s => files.every(f => word(name).test(s.read(f))) }
    }),
    ...clientImports().map(({ file, name }): Contact => ({
      contact: `@slidev/client/${file}${name === 'default' ? '' : ` export ${name}`}`,
      reliedOn: 'the deck\'s browser code (live sync, the reading view, the phone remote) imports it through tooling/slidev/*.js',
      holds: s => name === 'default' ? existsSync(join(s.dir, 'client', file)) : exportsName(s.read(`client/${file}`), name),
    })),
    ...WRITTEN.map(([contact, file, text, reliedOn]): Contact => ({
      contact: `${contact} (in ${file === 'cli' ? '@slidev/cli' : file})`,
      reliedOn,
      holds: (s) => {
        const source = file === 'cli' ? s.cli() : s.read(file)
        return text instanceof RegExp ? text.test(source) : [text].flat().every(t => source.includes(t))
      },
    })),
    ...Object.entries(DEFINES).map(([key, define]): Contact => ({
      contact: `the define ${define} (setup/routes.ts)`,
      reliedOn: `the build adds Slidev's ${key} routes with it (vite.config.ts), without the headmatter switch that also runs Slidev's own, untagged export`,
      holds: s => s.read('client/setup/routes.ts').includes(`if (${define})`) && s.cli().includes(`${define}:`),
    })),
    {
      contact: 'the canvas height rounding (env.ts slideHeight)',
      reliedOn: 'the fit check and the PDF page size use the canvas Slidev lays out',
      holds: (s) => {
        const rounding = /slideHeight = computed\(\(\) => Math\.(ceil|floor|round|trunc)\(slideWidth\.value \/ slideAspect\.value\)\)/.exec(s.read('client/env.ts'))?.[1]
        return !!rounding && Math[rounding as 'ceil'](1000 / 3) === slideHeight(1000, 3)
      },
    },
    exporter,
    {
      contact: 'the dev server\'s address banner (cli.mjs "public slide show")',
      reliedOn: 'the tests and the benchmark learn the dev server\'s address and readiness from it: the CLI has no machine-readable signal',
      holds: (s) => {
        // The line as Slidev's source writes it, with a port filled in, must match the pattern.
        const source = s.read('cli/dist/cli.mjs')
        const line = /dim\("(\s*public slide show\s*)"\)\}(\s*>\s*)\$\{cyan\(`\$\{baseUrl\}\/`\)\}/.exec(source)
        return !!line && source.includes('const baseUrl = `http://localhost:${') && DEV_ADDRESS.test(`${line[1]}${line[2]}http://localhost:3030/`)
      },
    },
    {
      contact: `the vue alias (${VUE_BUILDS.slidev} in cli's config plugin) and a client without runtime templates`,
      reliedOn: `the deck aliases ${VUE_BUILDS.runtime}, leaving Vue's template compiler (60 KB) out of every page (vite.config.ts)`,
      holds: s => new RegExp(`find: "vue",\\s*replacement: await resolveImportPath\\("${escape(VUE_BUILDS.slidev)}"`).test(s.cli())
        && !/\btemplate:\s*['"`]|import\s*\{[^}]*\bcompile\b[^}]*\}\s*from\s*'vue'/.test(s.readAll('client', /\.(?:ts|vue)$/)),
    },
    {
      contact: `the stylesheet ${TWOSLASH_STYLE.slidev} (client/styles/index.ts), floating-vue's styles first`,
      reliedOn: `the deck loads ${TWOSLASH_STYLE.tooltips} in its place: Slidev's tooltips without twoslash's popups (10 KB), which the deck switches off (vite.config.ts)`,
      holds: (s) => {
        const manifest = findPackage(TWOSLASH_STYLE.slidev.replace(/\/style\.css$/, ''), join(s.dir, 'client'))
        return s.read('client/styles/index.ts').includes(`import '${TWOSLASH_STYLE.slidev}'`)
          && !!manifest && readFileSync(join(dirname(manifest), 'style.css'), 'utf8').startsWith('/* BUNDLED FROM floating-vue/dist/style.css */')
      },
    },
    ...CLIENT_PAGES.map((file): Contact => ({
      contact: `@slidev/client/${file}`,
      reliedOn: 'the dev server compiles the client\'s entry and the views a talk opens before printing its address (tooling/warmup.ts)',
      holds: s => existsSync(join(s.dir, 'client', file)),
    })),
    ...CLIENT_DEPENDENCY_CHAINS.map((chain): Contact => ({
      contact: `the dependency chain ${chain}`,
      reliedOn: 'the dev server bundles it once instead of file by file, as Vite accepts a nested dependency only by its chain (tooling/warmup.ts)',
      holds: s => chainResolves(s, chain),
    })),
  ]
}

/** Whether each package of the chain after @slidev/client is declared by the one before and found from it, as Vite looks it up. */
function chainResolves(s: Slidev, chain: string) {
  let manifest: string | undefined = join(s.dir, 'client/package.json')
  for (const spec of chain.split(' > ').slice(2)) {
    const name = spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/')
    const { dependencies, peerDependencies } = JSON.parse(existsSync(manifest) ? readFileSync(manifest, 'utf8') : '{}') as Record<string, object>
    manifest = name in { ...dependencies, ...peerDependencies } ? findPackage(name, dirname(manifest)) : undefined
    if (!manifest)
      return false
  }
  return true
}

/** A package's package.json where Node looks for it from `from`, then from the installed Slidev's client. */
function findPackage(name: string, from: string) {
  const folders = [from, join(installedSlidev(), 'client')].flatMap(base => createRequire(join(base, 'package.json')).resolve.paths(name) ?? [])
  return folders.map(folder => join(folder, name, 'package.json')).find(existsSync)
}

/** One line per contact that no longer holds in the Slidev at `dir` (default: the installed one). */
export function checkSlidev(dir = installedSlidev()): string[] {
  const slidev = new Slidev(dir)
  return contacts().filter(c => !c.holds(slidev)).map(c => changed(c.contact, c.reliedOn))
}

/** The folder of the installed @slidev packages (client/, cli/, theme-default/), as this project resolves them. */
export function installedSlidev() {
  return dirname(dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')))
}

/** @slidev/client of the deck at `root`: its layouts/ and builtin/ folders hold one file per layout and component. */
export function slidevClient(root: string) {
  return join(root, 'node_modules/@slidev/client')
}

/** The file name of the hashed chunk in `slidev`'s cli/dist holding the editable PowerPoint exporter (its package exports leave it out), or undefined. */
export function pptxChunk(slidev: string) {
  const dist = join(slidev, 'cli/dist')
  return existsSync(dist) ? readdirSync(dist).find(name => /^pptx-[\w-]+\.mjs$/.test(name)) : undefined
}

/** Slidev's editable PowerPoint exporter (node/commands/pptx/index.ts): its options are as tooling/export/pptx.ts passes them. */
export interface EditableExporter {
  exportPptxEditable: (options: Record<string, unknown>, output: string) => Promise<{ output: string, fallbackSlides: Array<{ no: number, reason: string }>, rastersFailed: number, imagesDropped: number }>
}

export async function loadPptxExporter(): Promise<EditableExporter> {
  const slidev = installedSlidev()
  const chunk = pptxChunk(slidev)
  const module = chunk ? await import(pathToFileURL(join(slidev, 'cli/dist', chunk)).href) as Record<string, unknown> : {}
  if (typeof module.exportPptxEditable !== 'function')
    throw new Error(`${changed(exporter.contact, exporter.reliedOn)}; run npm run check:slidev`)
  return module as unknown as EditableExporter
}
