import { defineRootSetup } from '@slidev/types'
import { onMounted } from 'vue'
import { DOM } from '../tooling/slidev/index.ts'

// Names and landmarks Slidev's own interface leaves out (WCAG 1.3.1, 4.1.2), added to its DOM
// rather than patched into node_modules:
// - the go-to-slide field ("g") has only a placeholder, which is not a label;
// - the slide is in no landmark: its container becomes the page's `main`.
// Slidev may re-create these elements (route changes), so the labels are re-applied on change.
export default defineRootSetup(() => {
  onMounted(() => {
    const label = () => {
      const input = document.querySelector(DOM.gotoInput)
      if (input && !input.hasAttribute('aria-label'))
        input.setAttribute('aria-label', 'Go to slide (number or title)')
      const slide = document.querySelector(DOM.slideContainer)
      if (slide && !document.querySelector('main, [role="main"]'))
        slide.setAttribute('role', 'main')
    }
    label()
    new MutationObserver(label).observe(document.getElementById('app') ?? document.body, { childList: true, subtree: true })
  })
})
