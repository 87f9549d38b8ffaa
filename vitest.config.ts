import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Unit tests only: Playwright owns tests/site, tests/pdf and tests/faults.
export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'happy-dom',
    typecheck: { enabled: true, include: ['tests/unit/**/*.test-d.ts'] },
  },
})
