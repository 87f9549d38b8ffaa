import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  // Slide Markdown is Slidev syntax (frontmatter separators, v-click), not CommonMark.
  markdown: false,
  ignores: ['dist/**', 'dist-*/**', 'exports/**', '.vite/**', 'tests/**/__snapshots__/**', '**/*-snapshots/**'],
})
