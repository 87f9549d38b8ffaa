import { defineRootSetup } from '@slidev/types'
import { useMutationObserver } from '@vueuse/core'
import { DOM } from '../tooling/slidev/index.ts'

// Names and landmarks Slidev's own interface leaves out (WCAG 1.3.1, 4.1.2): the go-to-slide field
// ("g") has only a placeholder, and the slide is in no landmark. Applied on each render, the first too.
export default defineRootSetup(() => {
  useMutationObserver(document.getElementById('app'), () => {
    const input = document.querySelector(DOM.gotoInput)
    if (input && !input.hasAttribute('aria-label'))
      input.setAttribute('aria-label', 'Go to slide (number or title)')
    const slide = document.querySelector(DOM.slideContainer)
    if (slide && !document.querySelector('main, [role="main"]'))
      slide.setAttribute('role', 'main')
  }, { childList: true, subtree: true })
})
