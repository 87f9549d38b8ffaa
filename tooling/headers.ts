// The site's response headers, from one source: public/_headers (the format Netlify and
// Cloudflare Pages read). The build writes dist/_headers for the base it was built for, with the
// hash of every inline script of index.html in script-src; vercel.json carries the same rules
// in Vercel's format; tooling/serve.ts sends them for `npm run preview` and the site tests.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export interface HeaderRule {
  /** A path pattern: `*` matches any run of characters (Netlify's splat). */
  path: string
  headers: Record<string, string>
}

export const HEADERS_SOURCE = 'public/_headers'

/** Parses the `_headers` format: a path on its own line, then indented `Name: value` lines. */
export function parseHeaders(text: string, file = HEADERS_SOURCE): HeaderRule[] {
  const rules: HeaderRule[] = []
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#'))
      return
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/') || /\s/.test(line.trim()))
        throw new Error(`${file}:${i + 1}: expected a path starting with "/" (e.g. /assets/*), got "${line.trim()}"`)
      rules.push({ path: line.trim(), headers: {} })
      return
    }
    const match = line.trim().match(/^([\w-]+):\s*(\S.*)$/)
    if (!match)
      throw new Error(`${file}:${i + 1}: expected an indented "Header-Name: value" line, got "${line.trim()}"`)
    const rule = rules.at(-1)
    if (!rule)
      throw new Error(`${file}:${i + 1}: a header before any path`)
    rule.headers[match[1]!] = match[2]!
  })
  return rules
}

export function formatHeaders(rules: HeaderRule[]) {
  return `${rules.map(rule => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n')}\n`
}

export function readHeaderSource(root: string) {
  const file = resolve(root, HEADERS_SOURCE)
  return parseHeaders(readFileSync(file, 'utf8'), HEADERS_SOURCE)
}

/** The rules that apply to a path, merged in file order (no two matching rules set the same header). */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const merged: Record<string, string> = {}
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.path.split('*').map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`)
    if (pattern.test(pathname))
      Object.assign(merged, rule.headers)
  }
  return merged
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

/** Writes nothing: reads a built site's index.html and returns its rules. */
export function rulesForSite(root: string, siteDir: string, base: string) {
  return rulesForBuild(readHeaderSource(root), base, readFileSync(join(siteDir, 'index.html'), 'utf8'))
}

export interface VercelHeaders { source: string, headers: Array<{ key: string, value: string }> }

/** The same rules in vercel.json's `headers` form (`*` becomes `(.*)`). */
export function vercelHeaders(rules: HeaderRule[]): VercelHeaders[] {
  return rules.map(rule => ({
    source: rule.path.replace(/\*/g, '(.*)'),
    headers: Object.entries(rule.headers).map(([key, value]) => ({ key, value })),
  }))
}
