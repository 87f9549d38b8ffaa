import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'
import { hasPresenterView, ROUTES } from '../tooling/slidev/index.ts'

/** Slidev's route `name` shows `wrapper`, which gets Slidev's own page as its prop `slidev`. */
function wrap(routes: RouteRecordRaw[], name: string, wrapper: () => Promise<Component>) {
  return routes.map(route => route.name !== name || !route.component
    ? route
    : { ...route, component: wrapper, props: { slidev: route.component as () => Promise<Component> } })
}

// On the public site, the slide route (`/:no`) shows a phone held upright the reading view
// (reading/), at the same address. While presenting, a phone is a remote or an audience window and
// keeps the slides; the dev server alone adds the phone remote, `/remote` (remote/), offered first
// by Slidev's remote-control menu (`/entry/`): it moves the talk through the server's shared state.
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
