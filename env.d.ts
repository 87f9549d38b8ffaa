// Slidev adds the global property $slidev to every component. Its full type lives in the client
// package, whose raw TypeScript does not type-check outside Slidev, so the part the deck reads
// is declared here.
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
