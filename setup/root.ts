import { defineRootSetup } from '@slidev/types'
import { onMounted } from 'vue'
import { DOM } from '../tooling/slidev/index.ts'

// Names and landmarks Slidev's own interface leaves out (WCAG 1.3.1, 4.1.2): the go-to-slide field
// ("g") has only a placeholder, and the slide is in no landmark. Re-applied as Slidev re-creates them.
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
