// Types of the modules that the deck's Vite plugins serve (tooling/deck-data.ts, tooling/geometry-css.ts).
declare module 'virtual:deck-data' {
  type DeckDataModule = import('./tooling/deck-data.ts').DeckDataModule
  export const timeline: DeckDataModule['timeline']
  export const frictions: DeckDataModule['frictions']
  export const comparison: DeckDataModule['comparison']
}

declare module 'virtual:deck-geometry.css'
