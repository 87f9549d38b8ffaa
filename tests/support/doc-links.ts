// Relative links and images in the project's Markdown: each must name a file that exists and, with
// a #fragment, a heading that makes that anchor (GitHub's rule: lower case, punctuation dropped,
// spaces to hyphens, repeats numbered -1, -2, ...).
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'

/** `[text](target)`, `![alt](target)` and `<img src="target">`; code spans and blocks are skipped. */
const LINK = /!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)|<img [^>]*src="([^"]+)"/g

function withoutBlocks(markdown: string) {
  let fenced = false
  return markdown.split('\n').map((line) => {
    const fence = line.startsWith('```')
    const blank = fenced || fence
    if (fence)
      fenced = !fenced
    return blank ? '' : line
  }).join('\n')
}

function withoutCode(markdown: string) {
  return withoutBlocks(markdown).replace(/`[^`\n]*`/g, span => ' '.repeat(span.length))
}

export function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const anchors = new Set<string>()
  for (const line of withoutBlocks(markdown).split('\n')) {
    const heading = /^#{1,6} (.*)$/.exec(line)?.[1]
    if (!heading)
      continue
    const text = heading.replace(/<[^>]+>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '')
    const slug = text.trim().toLowerCase().replace(/[^\p{L}\p{N}\- ]/gu, '').replace(/ /g, '-')
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    anchors.add(count ? `${slug}-${count}` : slug)
  }
  return anchors
}

/** One line per broken link: `file:line: target (why)`. */
export function brokenLinks(root: string, files: string[]): string[] {
  const problems: string[] = []
  for (const file of files) {
    const path = resolve(root, file)
    const text = readFileSync(path, 'utf8')
    const lines = withoutCode(text).split('\n')
    lines.forEach((line, index) => {
      for (const match of line.matchAll(LINK)) {
        const target = match[1] ?? match[2]!
        if (/^[a-z][a-z+.-]*:/i.test(target))
          continue
        const [pathPart, fragment] = target.split('#') as [string, string | undefined]
        const where = `${relative(root, path)}:${index + 1}: ${target}`
        const linked = pathPart ? resolve(dirname(path), decodeURI(pathPart)) : path
        if (!existsSync(linked)) {
          problems.push(`${where} (no such file)`)
          continue
        }
        if (fragment && statSync(linked).isFile() && linked.endsWith('.md') && !anchorsOf(readFileSync(linked, 'utf8')).has(fragment))
          problems.push(`${where} (no heading makes #${fragment})`)
      }
    })
  }
  return problems
}
