import type { Component } from 'vue'
import { defineRoutesSetup } from '@slidev/types'
import { withPhoneRemote } from '../remote/routes.ts'
import { hasPresenterView, ROUTES } from '../tooling/slidev/index.ts'

// On the public site, the slide route (`/:no`) shows a phone held upright the reading view
// (reading/), at the same address. While presenting, a phone is a remote or an audience window and
// keeps the slides; the dev server alone adds the phone remote, `/remote` (remote/).
export default defineRoutesSetup(routes => hasPresenterView()
  ? import.meta.env.DEV ? withPhoneRemote(routes) : routes
  : routes.map(route => route.name !== ROUTES.play.name || !route.component
      ? route
      : {
          ...route,
          component: () => import('../reading/SlidesOrReading.vue'),
          props: { slides: route.component as () => Promise<Component> },
        }))
