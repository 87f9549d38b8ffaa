import type { Component } from 'vue'
import { defineRoutesSetup } from '@slidev/types'
import { withPhoneRemote } from '../remote/routes.ts'
import { hasPresenterView } from '../tooling/slidev/features.js'
import { ROUTES } from '../tooling/slidev/index.ts'

// The slide route (`/:no`) shows the slides, or on a phone held upright the reading view: the
// same deck as one scrolling page (reading/). Deep links, the 404.html fallback and the service
// worker need nothing new, since the address stays the slide's.
// Only on the public site: while presenting (the dev server, the presenter edition) a phone is a
// remote control or an audience window, and keeps the slides.
// The dev server (also `--remote`) adds the phone remote, `/remote` (remote/): `import.meta.env.DEV`
// leaves it out of every build, the presenter edition included.
export default defineRoutesSetup(routes => hasPresenterView
  ? import.meta.env.DEV ? withPhoneRemote(routes) : routes
  : routes.map(route => route.name !== ROUTES.play.name || !route.component
      ? route
      : {
          ...route,
          component: () => import('../reading/SlidesOrReading.vue'),
          props: { slides: route.component as () => Promise<Component> },
        }))
