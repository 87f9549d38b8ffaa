// @vitest-environment node
// The pieces behind the hosting headers and the accessible diagrams and PDFs, on small inputs.
import { describe, expect, it } from 'vitest'
import { diagramFences } from '../../tooling/diagram-alt.ts'
import { headersFor, inlineScriptHashes, parseHeaders, rulesForBuild } from '../../tooling/headers.ts'
import { markUntaggedAsArtifact, stripMarkedContent } from '../../tooling/pdf/content.ts'

describe('_headers', () => {
  const rules = parseHeaders('# c\n/*\n  X-A: 1\n/assets/*\n  Cache-Control: immutable\n/index.html\n  Cache-Control: no-cache\n')

  it('merges the rules that match a path', () => {
    expect(headersFor(rules, '/assets/a.js')).toEqual({ 'X-A': '1', 'Cache-Control': 'immutable' })
    expect(headersFor(rules, '/index.html')).toEqual({ 'X-A': '1', 'Cache-Control': 'no-cache' })
    expect(headersFor(rules, '/7')).toEqual({ 'X-A': '1' })
  })

  it('names the file and line of a malformed entry', () => {
    expect(() => parseHeaders('/*\n  no colon here\n')).toThrow('public/_headers:2: expected an indented "Header-Name: value" line, got "no colon here"')
    expect(() => parseHeaders('assets/*\n')).toThrow('public/_headers:1: expected a path starting with "/"')
  })

  it('hashes each inline script for script-src, and puts the paths under the base', () => {
    // The expected hash comes from `printf 'window.x = 1' | openssl dgst -sha256 -binary | base64`.
    const html = '<script type="module" src="/a.js"></script><script>window.x = 1</script>'
    expect(inlineScriptHashes(html)).toEqual(['\'sha256-TRQHTtKk2Jz9TNrGZb+BnTJZb+vLVfeW/a0aaZ7avUM=\''])
    const built = rulesForBuild(parseHeaders('/*\n  Content-Security-Policy: default-src \'self\'; script-src \'self\'; object-src \'none\'\n'), '/deck/', html)
    expect(built).toEqual([{ path: '/deck/*', headers: { 'Content-Security-Policy': 'default-src \'self\'; script-src \'self\' \'sha256-TRQHTtKk2Jz9TNrGZb+BnTJZb+vLVfeW/a0aaZ7avUM=\'; object-src \'none\'' } }])
  })
})

describe('diagram text alternatives', () => {
  it('reads accTitle and accDescr (one line or a block)', () => {
    const md = '# T\n\n```mermaid\nflowchart TB\n  accTitle: Flow\n  accDescr {\n    A leads\n    to B.\n  }\n  A --> B\n```\n'
    expect(diagramFences(md, { file: 'pages/x.md', line: 1 }).map(f => f.alt)).toEqual([{ title: 'Flow', description: 'A leads to B.' }])
  })

  it('stops on a diagram without them, naming the file and line', () => {
    const md = '# T\n\ntext\n\n```mermaid\nflowchart TB\n  accTitle: Flow\n  A --> B\n```\n'
    expect(() => diagramFences(md, { file: 'pages/x.md', line: 10 })).toThrow('pages/x.md:14: this Mermaid diagram has no accDescr.')
  })
})

describe('pDF content marks', () => {
  it('wraps drawing outside marked content as an artifact, leaving tagged content and text objects whole', () => {
    const source = 'q 0 0 10 10 re f Q /P <</MCID 0>> BDC BT (a\\) b) Tj ET EMC BT /F1 9 Tf (c) Tj ET 0 0 m 5 5 l S'
    expect(markUntaggedAsArtifact(source).split('\n')).toEqual([
      '/Artifact BMC',
      'q',
      '0 0 10 10 re',
      'f',
      'Q',
      'EMC',
      '/P <</MCID 0>> BDC',
      'BT',
      '(a\\) b) Tj',
      'ET',
      'EMC',
      '/Artifact BMC',
      'BT',
      '/F1 9 Tf',
      '(c) Tj',
      'ET',
      'EMC',
      '/Artifact BMC',
      '0 0 m',
      '5 5 l',
      'S',
      'EMC',
      '',
    ])
  })

  it('strips marked-content operators and keeps the drawing', () => {
    expect(stripMarkedContent('/P <</MCID 0>> BDC 0 0 10 10 re f EMC /Artifact BMC (x) Tj EMC')).toBe('0 0 10 10 re\nf\n(x) Tj\n')
  })
})
