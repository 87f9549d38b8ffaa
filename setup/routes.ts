import type { AsyncComponentLoader, Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'
import { defineAsyncComponent } from 'vue'
import { hasPresenterView, ROUTES } from '../tooling/slidev/index.ts'

/** Slidev's route `name` shows `wrapper`, which gets Slidev's own page, loaded when shown, as its prop `slidev`. */
function wrap(routes: RouteRecordRaw[], name: string, wrapper: () => Promise<Component>) {
  return routes.map(route => route.name !== name || !route.component
    ? route
    : { ...route, component: wrapper, props: { slidev: defineAsyncComponent(route.component as AsyncComponentLoader) } })
}

// The public site shows a phone held upright the reading view at the slide route (docs/hosting.md);
// the dev server adds the phone remote, offered first by Slidev's `/entry/` (docs/presenting.md).
export default defineRoutesSetup((routes) => {
  if (!hasPresenterView())
    return wrap(routes, ROUTES.play.name, () => import('../reading/SlidesOrReading.vue'))
  if (!import.meta.env.DEV)
    return routes
  return [
    { name: 'remote', path: '/remote', component: () => import('../remote/RemotePage.vue') },
    ...wrap(routes, ROUTES.entry.name, () => import('../remote/EntryWithRemote.vue')),
  ]
})
