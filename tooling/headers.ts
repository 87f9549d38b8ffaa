// The site's response headers, from their one source public/_headers (docs/hosting.md, "Headers").
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export interface HeaderRule {
  /** A path pattern: `*` matches any run of characters (Netlify's splat). */
  path: string
  headers: Record<string, string>
}

const HEADERS_SOURCE = 'public/_headers'

const splat = (pattern: string) => new RegExp(`^${pattern.split('*').map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`)

/** Parses the `_headers` format: a path on its own line, then indented `Name: value` lines. */
export function parseHeaders(text: string, file = HEADERS_SOURCE): HeaderRule[] {
  const rules: HeaderRule[] = []
  text.split('\n').forEach((line, i) => {
    const at = `${file}:${i + 1}:`
    if (!line.trim() || line.trim().startsWith('#'))
      return
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/') || /\s/.test(line.trim()))
        throw new Error(`${at} expected a path starting with "/" (e.g. /assets/*), got "${line.trim()}"`)
      rules.push({ path: line.trim(), headers: {} })
      return
    }
    const match = /^([\w-]+):\s*(\S.*)$/.exec(line.trim())
    if (!match)
      throw new Error(`${at} expected an indented "Header-Name: value" line, got "${line.trim()}"`)
    if (!rules.length)
      throw new Error(`${at} a header before any path`)
    rules.at(-1)!.headers[match[1]!] = match[2]!
  })
  return rules
}

export const formatHeaders = (rules: HeaderRule[]) => `${rules.map(rule => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n')}\n`

export const readHeaderSource = (root: string) => parseHeaders(readFileSync(resolve(root, HEADERS_SOURCE), 'utf8'))

/** The rules that apply to a path, merged in file order (no two matching rules set the same header). */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  return Object.assign({}, ...rules.filter(rule => splat(rule.path).test(pathname)).map(rule => rule.headers))
}

/** `'sha256-…'` for each inline <script> (one without src) in an HTML page, for script-src. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map(match => `'sha256-${createHash('sha256').update(match[1]!, 'utf8').digest('base64')}'`)
}

/** The rules for a build: paths under `base`, and script-src allowing exactly the inline scripts of the built page. */
export function rulesForBuild(rules: HeaderRule[], base: string, indexHtml: string): HeaderRule[] {
  const hashes = inlineScriptHashes(indexHtml)
  return rules.map(rule => ({
    path: `${base.replace(/\/$/, '')}${rule.path}`,
    headers: Object.fromEntries(Object.entries(rule.headers).map(([name, value]) => [name, name.toLowerCase() === 'content-security-policy' && hashes.length
      ? value.replace(/script-src ([^;]*)/, (_, sources: string) => `script-src ${sources} ${hashes.join(' ')}`)
      : value])),
  }))
}

export const rulesForSite = (root: string, siteDir: string, base: string) => rulesForBuild(readHeaderSource(root), base, readFileSync(join(siteDir, 'index.html'), 'utf8'))

/** The same rules in vercel.json's `headers` form (`*` becomes `(.*)`). */
export function vercelHeaders(rules: HeaderRule[]) {
  return rules.map(rule => ({ source: rule.path.replace(/\*/g, '(.*)'), headers: Object.entries(rule.headers).map(([key, value]) => ({ key, value })) }))
}
