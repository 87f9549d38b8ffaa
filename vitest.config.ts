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
    // Node, but a DOM where a test mounts a component (`// @vitest-environment happy-dom` in its file).
    environment: 'node',
  },
})
