import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Unit tests only: Playwright owns tests/site, tests/pdf and tests/faults.
export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'happy-dom',
    // vue-tsc, not tsc: the type tests import .vue components.
    typecheck: { enabled: true, checker: 'vue-tsc', include: ['tests/unit/**/*.test-d.ts'] },
  },
})
