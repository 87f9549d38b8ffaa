// The type of Slidev's PrintSlide component, which the reading view renders each slide with.
// tsconfig.json maps the import here: the component's own source is raw TypeScript that only
// type-checks inside Slidev (../shared/SLIDEV-NOTES.md); Vite still loads the real file.
import type { SlideRoute } from '@slidev/types'
import type { DefineComponent } from 'vue'

declare const PrintSlide: DefineComponent<{ route: SlideRoute, hidden?: boolean }>
export default PrintSlide
