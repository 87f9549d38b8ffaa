import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { deckData } from './tooling/deck-data.ts'

// Unit tests only: Playwright owns tests/site, tests/pdf and tests/faults.
export default defineConfig({
  // deckData: the components import virtual:deck-data.
  plugins: [vue(), deckData(fileURLToPath(new URL('.', import.meta.url)))],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'happy-dom',
    // vue-tsc, not tsc: the type tests import .vue components.
    typecheck: { enabled: true, checker: 'vue-tsc', include: ['tests/unit/**/*.test-d.ts'] },
  },
})
