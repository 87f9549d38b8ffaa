import type { Plugin } from 'vite'
import process from 'node:process'

/**
 * The head of index.html, put right:
 * - Slidev 52.20 writes description, author and keywords JSON-quoted (`content="&quot;...\n&quot;"`);
 *   they are unquoted here, and their line breaks folded.
 * - Social sites need an absolute preview URL: with DECK_SITE_URL (the site's public address, as
 *   the Pages workflow sets it), og:image becomes absolute and og:url is added.
 */
export function headMeta(): Plugin {
  return {
    name: 'deck:head-meta',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        let out = html.replace(/(<meta name="(?:description|author|keywords)" content=")&quot;(.*?)&quot;(">)/g, (_, open: string, value: string, close: string) =>
          `${open}${value.replace(/\\n/g, ' ').replace(/\s+/g, ' ').trim()}${close}`)
        const site = process.env.DECK_SITE_URL?.replace(/\/?$/, '/')
        if (site) {
          out = out.replace(/(<meta property="og:image" content=")([^"]*)(">)/, (_, open: string, image: string, close: string) => `${open}${new URL(image, site).href}${close}`)
            .replace('</head>', `<meta property="og:url" content="${site}">\n</head>`)
        }
        return out
      },
    },
  }
}
