import { defineAppSetup } from '@slidev/types'
import { chooseView, FIRST_SCREEN_ID, READING_MEDIA } from '../reading/view.ts'
import { ROUTES } from '../tooling/slidev/index.ts'
import { fitSlideDiagrams } from './diagram-fit.ts'
import { joinTheTalk } from './live-sync.ts'

export default defineAppSetup(({ router }) => {
  // Offline once clicked through (docs/hosting.md); not in dev, where Vite serves changing files.
  if (import.meta.env.PROD && 'serviceWorker' in navigator)
    void navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch(() => {})

  // The reading view's first screen (written into the built pages) is for the reading view only: on
  // the slides or any other route (the print route, Slidev's own pages) it goes before they render.
  router.beforeEach((to) => {
    if (to.name !== ROUTES.play.name || chooseView(to.query, matchMedia(READING_MEDIA).matches) === 'slides')
      document.getElementById(FIRST_SCREEN_ID)?.remove()
  })

  // Before anything awaits: the router's first navigation is already under way.
  joinTheTalk(router)
  fitSlideDiagrams()
  // Only while editing (Vite drops this branch from a build): every slide checked as it renders.
  if (import.meta.hot)
    void import('../tooling/checks/dev-client.ts').then(({ checkWhileEditing }) => checkWhileEditing(import.meta.hot!))
})
