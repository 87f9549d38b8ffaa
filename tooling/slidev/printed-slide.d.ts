// Types of ./printed-slide.js.
import type { SlideRoute } from '@slidev/types'
import type { DefineComponent } from 'vue'

/** Slidev's print rendering of one slide (internals/PrintSlide.vue). */
export const PrintedSlide: DefineComponent<{ route: SlideRoute, hidden?: boolean }>
