import type { SlideRoute } from '@slidev/types'
import type { DefineComponent } from 'vue'

export const PrintedSlide: DefineComponent<{ route: SlideRoute, hidden?: boolean }>
