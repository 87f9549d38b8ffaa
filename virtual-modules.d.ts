// Types of the modules that the deck's Vite plugins serve (tooling/deck-data.ts, tooling/geometry-css.ts,
// tooling/checks/dev-plugin.ts).
declare module 'virtual:deck-data' {
  type DeckDataModule = import('./tooling/deck-data.ts').DeckDataModule
  export const timeline: DeckDataModule['timeline']
  export const frictions: DeckDataModule['frictions']
  export const comparison: DeckDataModule['comparison']
  /** While `npm run dev` runs: where a text of data/ is written (`data/x.json:12:15 [2].detail`); else undefined. */
  export function sourceOf(text: string): string | undefined
}

declare module 'virtual:deck-geometry.css'

declare module 'virtual:deck-dev-checks' {
  /** The deck's typefaces (headmatter `fonts:`), for the slide check in dev. */
  export const fonts: string[]
}
