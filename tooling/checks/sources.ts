// The content checks that need no browser (slides.md, the page files and what they refer to): run
// before a command builds anything and while `npm run dev` serves the deck, so a mistake costs a second.
import type { Problem } from './problem.ts'
import { existsSync, readdirSync } from 'node:fs'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import { extractImagesUsage } from '@slidev/parser'
import { load } from '@slidev/parser/fs'
import { describeSlide, loadDeck } from '../deck-summary.ts'
import { slidevClient } from '../slidev/contract.ts'
import { clickMarkerProblem } from './problem.ts'

/** Components Vue and vue-router register everywhere. */
const GLOBAL_COMPONENTS = ['Transition', 'TransitionGroup', 'KeepAlive', 'Teleport', 'Suspense', 'Component', 'RouterLink', 'RouterView']
/** Slidev's click directives whose steps can be counted from the Markdown alone. */
const PLAIN_CLICK = /\sv-click(?=[\s/>])|<v-click[\s>]/g
/** Anything else that adds or moves click steps: the browser check counts those slides. */
const OTHER_CLICKS = /v-clicks|v-after|v-switch|v-click-gap|v-click[=.]|<VClick|v-motion/i

export async function checkSources(root: string) {
  const deck = await loadDeck(root)
  const data = await load({ userRoot: root, roots: [root] } as Parameters<typeof load>[0], resolve(root, 'slides.md'))
  const where = (file: string, row: number) => `${relative(root, file)}:${row + 1}`
  const problems: Problem[] = []

  // Slidev's parser notes a `src:` it cannot find (and circular or out-of-range imports), then
  // leaves those slides out without a word.
  for (const [file, markdown] of Object.entries(data.markdownFiles)) {
    for (const error of markdown.errors ?? []) {
      const missing = /^Imported markdown file not found: (.+)$/.exec(error.message)
      problems.push(missing
        ? { check: 'missing file', where: where(file, error.row), message: `src: ${relative(root, missing[1]!)} does not exist, so its slides are left out of the deck. Create the page file or fix the src: path.` }
        : { check: 'slides', where: where(file, error.row), message: `${error.message}. Fix the slide's src: or frontmatter.` })
    }
  }

  const head = data.headmatter as Record<string, unknown>
  const themeDir = themeRoot(root, typeof head.theme === 'string' ? head.theme : 'default')
  const clientDir = slidevClient(root)
  const layouts = new Set([clientDir, themeDir, root].flatMap(dir => namesIn(join(dir, 'layouts'))))
  const userComponents = new Set(namesIn(join(root, 'components')))
  const components = new Set([...GLOBAL_COMPONENTS, ...userComponents, ...[clientDir, themeDir].flatMap(dir => namesIn(join(dir, 'builtin')).concat(namesIn(join(dir, 'components'))))])
  const iconSets = namesIn(join(root, 'node_modules/@iconify-json'), true)

  data.slides.forEach((slide, i) => {
    const summary = deck.slides[i]!
    const at = describeSlide(deck, summary.no)
    // The slide's markup: code blocks, inline code and HTML comments (the notes among them) removed.
    const text = slide.content.replace(/^```[\s\S]+?^```/gm, '').replace(/`[^`\n]*`/g, '').replace(/<!--[\s\S]*?-->/g, '')

    const layout = (slide.frontmatter.layout ?? (head.defaults as Record<string, unknown> | undefined)?.layout) || (i === 0 ? 'cover' : 'default')
    if (!layouts.has(String(layout)))
      problems.push({ check: 'layout', where: at, message: `layout "${layout}" does not exist, so Slidev draws the slide with the default layout. Use one of: ${[...layouts].sort().join(', ')}.` })

    const imported = new Set([...slide.content.matchAll(/import\s+(?:(\w+)|\{([^}]*)\})\s+from/g)].flatMap(m => m[1] ? [m[1]] : m[2]!.split(',').map(name => name.trim().split(/\s+as\s+/).at(-1)!)))
    for (const tag of new Set([...text.matchAll(/<([A-Z]\w*|v-[a-z-]+)[\s/>]/g)].map(m => m[1]!))) {
      const name = tag.startsWith('v-') ? tag.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase()) : tag
      const icon = iconSets.some(set => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().startsWith(`${set}-`))
      if (!components.has(name) && !imported.has(name) && !icon)
        problems.push({ check: 'component', where: at, message: `<${tag}> is not a component of this deck, Slidev or the theme, so it would render as nothing. Add components/${name}.vue or fix the name (components: ${[...userComponents].sort().join(', ') || 'none'}).` })
    }

    for (const url of extractImagesUsage(slide.content, slide.frontmatter)) {
      const path = url.split(/[?#]/)[0]!
      if (/^(?:https?:)?\/\//.test(url))
        problems.push({ check: 'offline', where: at, message: `the image "${url}" comes from the internet, so the deck breaks offline and the PDF may lack it. Put the file in public/ and refer to it as /${basename(path)}.` })
      else if (!(path.startsWith('/') ? [join(root, 'public', path), join(root, path)] : [resolve(dirname(slide.source.filepath), path)]).some(existsSync))
        problems.push({ check: 'missing file', where: at, message: `the image "${url}" does not exist (looked in ${path.startsWith('/') ? `public${path}` : relative(root, resolve(dirname(slide.source.filepath), path))}). Add the file or fix the path.` })
    }

    if (!summary.note)
      problems.push({ check: 'notes', where: at, message: 'the slide has no speaker notes: the presenter view and the handout would show nothing. Add a short talk track in <!-- --> at the end of the slide.' })
    if (!summary.headingLevel)
      problems.push({ check: 'heading', where: at, message: 'the slide has no # or ## heading, so it has no entry in the PDF outline and no title in the handout. Start it with # (opens an article section) or ## (a slide within it).' })

    // Counted here only when every step is a plain v-click outside our components; else in the browser.
    const countable = !OTHER_CLICKS.test(text) && slide.frontmatter.clicks === undefined && ![...userComponents].some(name => text.includes(`<${name}`))
    const clicks = text.match(PLAIN_CLICK)?.length ?? 0
    if (countable && clicks !== summary.noteClicks)
      problems.push(clickMarkerProblem(at, clicks, summary.noteClicks))
  })
  return { deck, problems }
}

/** File names without extension (or folder names) in a folder and below; none when it is missing. */
function namesIn(dir: string, folders = false): string[] {
  if (!existsSync(dir))
    return []
  return readdirSync(dir, { withFileTypes: true, recursive: !folders }).filter(entry => folders ? entry.isDirectory() : entry.isFile() && /\.(?:vue|ts|js|mjs|mts|tsx|jsx|md)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)).map(entry => basename(entry.name, folders ? '' : extname(entry.name)))
}

/** Where the theme named in the headmatter lives, as Slidev resolves it ("none": nowhere). */
function themeRoot(root: string, theme: string) {
  if (theme === 'none' || theme.startsWith('.') || theme.startsWith('/'))
    return resolve(root, theme)
  const candidates = theme.startsWith('@') || theme.includes('slidev-theme-') ? [theme] : [`@slidev/theme-${theme}`, `slidev-theme-${theme}`]
  return candidates.map(name => join(root, 'node_modules', name)).find(existsSync) ?? join(root, 'node_modules', candidates[0]!)
}
