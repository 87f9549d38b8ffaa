// `npm run check:slidev`: every contact of ./index.ts and ./client.js checked against a Slidev
// installation, by reading the source files where Slidev defines or emits each name. Fast (no
// build, no browser), so it runs first in `npm test` and right after an upgrade. The build's print
// step also asserts that the print route produced what the exports read (tooling/pdf/render.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CANVAS_ROUNDING, changed, CLIENT_DEPENDENCY_CHAINS, CLIENT_PAGES, CONFIGS_MODULE, DEFINES, DEV_ADDRESS, DOM, GENERATED_MODULES, NOTE_CLICKS_ATTRIBUTE, PPTX_EXPORT, QUERY, ROUTES, SERVER_PATHS, SLIDE_MODULE_PREFIX, slideModuleUrl, SYNC_DIRECTIONS_KEY, TWOSLASH_STYLE, VUE_BUILDS } from './index.ts'
import { installedSlidev, pptxChunk } from './node.ts'

interface Contact {
  /** What Slidev would have changed, as the message names it. */
  contact: string
  /** What the deck relies on it for. */
  reliedOn: string
  /** Whether the contact holds in the Slidev at `slidev` (the folder holding client/, cli/, theme-default/). */
  holds: (slidev: Slidev) => boolean
}

/** Reading a Slidev installation: a missing file reads as empty, so its contacts fail by name. */
class Slidev {
  constructor(readonly dir: string) {}
  read(file: string) {
    const path = join(this.dir, file)
    return existsSync(path) ? readFileSync(path, 'utf8') : ''
  }

  /** Every .ts and .vue file of @slidev/client (outside its node_modules), concatenated. */
  clientSources() {
    const client = join(this.dir, 'client')
    if (!existsSync(client))
      return ''
    return readdirSync(client, { recursive: true, encoding: 'utf8' })
      .filter(file => /\.(?:ts|vue)$/.test(file) && !file.split(/[\\/]/).includes('node_modules'))
      .map(file => this.read(`client/${file}`))
      .join('\n')
  }

  /** Every file of @slidev/cli's bundle (chunk names carry hashes), concatenated. */
  cli() {
    const dist = join(this.dir, 'cli/dist')
    return existsSync(dist) ? readdirSync(dist).filter(name => name.endsWith('.mjs')).map(name => this.read(`cli/dist/${name}`)).join('\n') : ''
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** `name` as a whole class name, id or attribute (not a prefix of a longer one). */
const word = (name: string) => new RegExp(`(?<![\\w-])${escape(name)}(?![\\w-])`)
/** A selector's bare name: '#print-content' is 'print-content', '[data-slidev-no]' is 'data-slidev-no'. */
const bare = (selector: string) => selector.replace(/^[#.[]|\]$/g, '')
/** Whether a module's source exports `name` (declared or in an export list). */
function exportsName(source: string, name: string) {
  return new RegExp(`export\\s+(?:async\\s+)?(?:const|let|function|class)\\s+${escape(name)}\\b`).test(source)
    || [...source.matchAll(/export\s*\{([^}]*)\}/g)].some(list => list[1]!.split(',').some(item => item.trim().split(/\s+as\s+/).at(-1) === name))
}

/** Where Slidev emits each DOM name the deck reads (file under the Slidev folder, and the name as written there). */
const EMITTED: Record<keyof typeof DOM, { file: string | string[], name?: string, reliedOn: string }> = {
  printContent: { file: 'client/internals/PrintContainer.vue', reliedOn: 'the PDF, PowerPoint, PNG and click-step exports and the build\'s checks find the printed slides in it' },
  printSlide: { file: 'client/internals/PrintSlideClick.vue', reliedOn: 'the exports and checks read one printed page (slide at a click step) per element; the reading view unsizes it' },
  page: { file: 'client/utils.ts', reliedOn: 'the reading view turns each slide\'s fixed-size page into a plain block' },
  layout: { file: ['client/layouts/default.vue', 'theme-default/layouts/cover.vue'], reliedOn: 'the deck\'s styles and checks are scoped to the layout root' },
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
  mermaid: { file: 'client/builtin/Mermaid.vue', name: 'class="mermaid"', reliedOn: 'the diagram fit, the checks, the exports and the tests find each diagram by it' },
  mermaidError: { file: 'client/builtin/Mermaid.vue', name: '<pre v-if="error" border=', reliedOn: 'the build reports a diagram that failed to render, with Mermaid\'s message' },
  mermaidRendering: { file: 'client/modules/mermaid.ts', reliedOn: 'the print step hides Mermaid\'s off-screen drawing box before printing' },
}

/** What each route is relied on for. */
const ROUTE_USES: Record<keyof typeof ROUTES, string> = {
  play: 'the reading view replaces the slide route\'s view on the public site; live sync follows audience windows on it',
  presenter: 'live sync joins the talk only where the presenter view exists; the presenter edition\'s static pages',
  entry: 'live sync joins the talk after the phone\'s remote-control menu; the presenter edition\'s static pages',
  notes: 'the presenter edition\'s static pages; the remote-auth test asks for it',
  overview: 'the presenter edition\'s static pages; the remote-auth test asks for it',
  print: 'the PDF and every export print the built site\'s print route',
}

/** Named exports of Slidev client modules that this folder's .js files re-export, read from their `from` lines. */
function clientImports(): Array<{ file: string, name: string }> {
  const here = dirname(fileURLToPath(import.meta.url))
  const source = readdirSync(here).filter(name => name.endsWith('.js')).map(name => readFileSync(join(here, name), 'utf8')).join('\n')
  return [...source.matchAll(/^export\s*\{([^}]*)\}\s*from\s*'@slidev\/client\/([^']+)'/gm)].flatMap(([, names, file]) =>
    names!.split(',').map(item => ({ file: file!, name: item.trim().split(/\s+as\s+/)[0]! })))
}

export function contacts(): Contact[] {
  const routes = Object.entries(ROUTES).map(([key, { name, path }]): Contact => ({
    contact: `route '${name}' (${path})`,
    reliedOn: ROUTE_USES[key as keyof typeof ROUTES],
    holds: s => new RegExp(`name:\\s*'${escape(name)}',\\s*path:\\s*'${escape(path)}'`).test(s.read('client/setup/routes.ts')),
  }))
  const dom = Object.entries(DOM).map(([key, selector]): Contact => {
    const { file, name, reliedOn } = EMITTED[key as keyof typeof DOM]
    const files = [file].flat()
    return { contact: `${selector} (in ${files.join(', ')})`, reliedOn, holds: s => files.every(f => word(name ?? bare(selector)).test(s.read(f))) }
  })
  const modules = clientImports().map(({ file, name }): Contact => ({
    contact: `@slidev/client/${file}${name === 'default' ? '' : ` export ${name}`}`,
    reliedOn: 'the deck\'s browser code (live sync, the reading view) imports it through tooling/slidev/*.js',
    holds: s => name === 'default' ? existsSync(join(s.dir, 'client', file)) : exportsName(s.read(`client/${file}`), name),
  }))
  return [
    ...routes,
    ...dom,
    ...modules,
    {
      contact: 'TRUST_ORIGINS (read on each send in setup/root.ts)',
      reliedOn: 'live sync lists the host while an audience window\'s own move is sent, so it reaches the other windows',
      holds: s => /TRUST_ORIGINS\.includes\(location\.host/.test(s.read('client/setup/root.ts')),
    },
    {
      contact: `the storage key '${SYNC_DIRECTIONS_KEY}' (state/storage.ts syncDirections)`,
      reliedOn: 'live sync pauses the presenter\'s sending through Slidev\'s per-browser sync settings',
      holds: s => new RegExp(`syncDirections\\s*=\\s*useLocalStorage\\(\\s*'${escape(SYNC_DIRECTIONS_KEY)}'`).test(s.read('client/state/storage.ts')),
    },
    ...Object.entries(DEFINES).map(([key, define]): Contact => ({
      contact: `the define ${define}`,
      reliedOn: `the build adds Slidev's ${key} routes with it (vite.config.ts), without Slidev's own export`,
      holds: s => new RegExp(`if \\(${define}\\)`).test(s.read('client/setup/routes.ts')) && s.cli().includes(`${define}:`),
    })),
    ...Object.values(QUERY).map((flag): Contact => ({
      contact: `the query flag ?${flag} (composables/useNav.ts)`,
      reliedOn: 'the reading view and live sync leave Slidev\'s print and embedded modes alone',
      holds: s => s.read('client/composables/useNav.ts').includes(`query.value.has('${flag}')`),
    })),
    {
      contact: 'the canvas height rounding (env.ts slideHeight)',
      reliedOn: 'the fit check and the PDF page size use the canvas Slidev lays out',
      holds: s => /slideHeight = computed\(\(\) => Math\.(\w+)\(slideWidth\.value \/ slideAspect\.value\)\)/.exec(s.read('client/env.ts'))?.[1] === CANVAS_ROUNDING,
    },
    {
      contact: `the exporter chunk (${PPTX_EXPORT} in @slidev/cli/dist/pptx-*.mjs)`,
      reliedOn: 'the editable PowerPoint export is built on it',
      holds: (s) => {
        const chunk = pptxChunk(s.dir)
        return !!chunk && exportsName(s.read(`cli/dist/${chunk}`), PPTX_EXPORT)
      },
    },
    {
      contact: 'the dev server\'s address banner (cli.mjs "public slide show")',
      reliedOn: 'the tests and the benchmark learn the dev server\'s address and readiness from it',
      holds: (s) => {
        // The line as Slidev's source writes it, with a port filled in, must match the pattern.
        const source = s.read('cli/dist/cli.mjs')
        const line = /dim\("(\s*public slide show\s*)"\)\}(\s*>\s*)\$\{cyan\(`\$\{baseUrl\}\/`\)\}/.exec(source)
        return !!line && source.includes('const baseUrl = `http://localhost:${') && DEV_ADDRESS.test(`${line[1]}${line[2]}http://localhost:3030/`)
      },
    },
    {
      contact: `the notes' click marks (${NOTE_CLICKS_ATTRIBUTE}="n" in the cli's note renderer)`,
      reliedOn: 'the phone remote counts a slide\'s click steps from its notes',
      holds: s => s.cli().includes(`<span class="slidev-note-click-mark" ${NOTE_CLICKS_ATTRIBUTE}="\${`),
    },
    {
      contact: `the configs module ${CONFIGS_MODULE}`,
      reliedOn: 'the remote password is removed from it so the browser never receives it (tooling/remote-auth.ts)',
      holds: (s) => {
        const cli = s.cli()
        const at = cli.indexOf(`id: "${CONFIGS_MODULE}"`)
        return at >= 0 && /remote,[\s\S]*?return `export default \$\{JSON\.stringify\(config\)\}`/.test(cli.slice(at, at + 600))
      },
    },
    {
      contact: `the slide modules ${slideModuleUrl(1)}`,
      reliedOn: 'the dev server compiles every slide before printing its address (tooling/warmup.ts)',
      holds: s => s.cli().includes(`const VIRTUAL_SLIDE_PREFIX = "${SLIDE_MODULE_PREFIX}"`) && s.cli().includes(`\${VIRTUAL_SLIDE_PREFIX}\${no}/md`),
    },
    ...Object.values(SERVER_PATHS).map((path): Contact => ({
      contact: `the dev server endpoint ${path}`,
      reliedOn: 'the remote-auth test checks that it answers nothing without the password',
      holds: s => s.cli().includes(`"${path}"`),
    })),
    {
      contact: '@slidev/client/layouts and builtin/ (one file per layout and component)',
      reliedOn: 'the content check lists the layouts and components a slide may name (tooling/checks/sources.ts)',
      holds: s => ['layouts/default.vue', 'layouts/cover.vue', 'builtin/Toc.vue'].every(file => existsSync(join(s.dir, 'client', file))),
    },
    {
      contact: `the folder of generated modules (${GENERATED_MODULES}/virtual in cli's import-glob proxies)`,
      reliedOn: 'each copy of the deck writes its own (tooling/deck-files.ts)',
      holds: s => s.cli().includes(`join(baseRoot, "${GENERATED_MODULES}/virtual/import-glob")`),
    },
    {
      contact: `the vue alias (${VUE_BUILDS.slidev} in cli's config plugin) and a client without runtime templates`,
      reliedOn: `the deck aliases ${VUE_BUILDS.runtime}, leaving Vue's template compiler out of every page (vite.config.ts)`,
      holds: (s) => {
        const client = s.clientSources()
        return new RegExp(`find: "vue",\\s*replacement: await resolveImportPath\\("${escape(VUE_BUILDS.slidev)}"`).test(s.cli())
          && !!client && !/\btemplate:\s*['"`]|import\s*\{[^}]*\bcompile\b[^}]*\}\s*from\s*'vue'/.test(client)
      },
    },
    {
      contact: `the stylesheet ${TWOSLASH_STYLE.slidev} (client/styles/index.ts), floating-vue's styles first`,
      reliedOn: `the deck loads ${TWOSLASH_STYLE.tooltips} in its place, for Slidev's tooltips without twoslash's popups (vite.config.ts)`,
      holds: (s) => {
        const manifest = findPackage(TWOSLASH_STYLE.slidev.replace(/\/style\.css$/, ''), join(s.dir, 'client'))
        return s.read('client/styles/index.ts').includes(`import '${TWOSLASH_STYLE.slidev}'`)
          && !!manifest && readFileSync(join(dirname(manifest), 'style.css'), 'utf8').startsWith('/* BUNDLED FROM floating-vue/dist/style.css */')
      },
    },
    ...CLIENT_PAGES.map((file): Contact => ({
      contact: `@slidev/client/${file}`,
      reliedOn: 'the dev server compiles it before printing its address (tooling/warmup.ts)',
      holds: s => existsSync(join(s.dir, 'client', file)),
    })),
    ...CLIENT_DEPENDENCY_CHAINS.map((chain): Contact => ({
      contact: `the dependency chain ${chain}`,
      reliedOn: 'the dev server bundles it once instead of serving it file by file (tooling/warmup.ts)',
      holds: s => chainResolves(s, chain),
    })),
  ]
}

/**
 * Whether each package of `a > b > c` declares the next as a dependency. The first two hops are
 * read from the Slidev folder's package.json files; later packages are found as the project installed them.
 */
function chainResolves(s: Slidev, chain: string) {
  const [cli, client, ...rest] = chain.split(' > ').map(spec => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'))
  const deps = (json: string) => {
    const pkg = JSON.parse(json || '{}') as Record<string, Record<string, string> | undefined>
    return new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})])
  }
  if (cli !== '@slidev/cli' || client !== '@slidev/client' || !deps(s.read('cli/package.json')).has(client))
    return false
  let declared = deps(s.read('client/package.json'))
  let from = join(s.dir, 'client')
  for (const name of rest) {
    if (!declared.has(name!))
      return false
    const manifest = findPackage(name!, from)
    if (!manifest)
      return false
    declared = deps(readFileSync(manifest, 'utf8'))
    from = dirname(manifest)
  }
  return true
}

/** A package's package.json as Node would find it from `from` (the installed Slidev's when `from` is a copy). */
function findPackage(name: string, from: string) {
  for (const base of [from, join(installedSlidev(), 'client')]) {
    try {
      return createRequire(join(base, 'package.json')).resolve(`${name}/package.json`)
    }
    catch {}
    for (let dir = base; dir !== dirname(dir); dir = dirname(dir)) {
      const path = join(dir, 'node_modules', name, 'package.json')
      if (existsSync(path))
        return path
    }
  }
  return undefined
}

/** One line per contact that no longer holds in the Slidev at `dir` (default: the installed one). */
export function checkSlidev(dir = installedSlidev()): string[] {
  const slidev = new Slidev(dir)
  return contacts().filter(c => !c.holds(slidev)).map(c => changed(c.contact, c.reliedOn))
}
