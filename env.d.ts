// The part of Slidev's global `$slidev` the deck reads (its own type is in raw TypeScript that does
// not type-check outside Slidev).
export {}

declare module 'vue' {
  interface ComponentCustomProperties {
    $slidev: {
      nav: {
        currentPage: number
        currentLayout: string
        total: number
      }
    }
  }
}
