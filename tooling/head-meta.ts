import type { Plugin } from 'vite'
import process from 'node:process'

/** Inter's latin files, as @fontsource names them. */
const FIRST_SCREEN_FONTS = /(?:^|\/)inter-latin-(?:400|600|700)-normal-[\w-]+\.woff2$/

/**
 * The head of index.html, put right:
 * - Slidev writes description, author and keywords JSON-quoted (`content="&quot;...\n&quot;"`).
 * - With DECK_SITE_URL (the site's public address), og:image is absolute and og:url added, as
 *   social sites need.
 * - Inter's latin files (the first screen's text) are preloaded, so a slow phone does not find
 *   them only after the CSS.
 */
export function headMeta(): Plugin {
  let base = '/'
  return {
    name: 'deck:head-meta',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, server }) {
        let out = html.replace(/(<meta name="(?:description|author|keywords)" content=")&quot;(.*?)&quot;(">)/g, (_, open: string, value: string, close: string) =>
          `${open}${value.replace(/\\n/g, ' ').replace(/\s+/g, ' ').trim()}${close}`)
        const site = process.env.DECK_SITE_URL?.replace(/\/?$/, '/')
        if (site) {
          out = out.replace(/(<meta property="og:image" content=")([^"]*)(">)/, (_, open: string, image: string, close: string) => `${open}${new URL(image, site).href}${close}`)
            .replace('</head>', `<meta property="og:url" content="${site}">\n</head>`)
        }
        if (bundle && !server) {
          const fonts = Object.keys(bundle).filter(file => FIRST_SCREEN_FONTS.test(file)).sort()
          out = out.replace('</head>', `${fonts.map(file => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${base}${file}">`).join('\n')}\n</head>`)
        }
        return out
      },
    },
  }
}
