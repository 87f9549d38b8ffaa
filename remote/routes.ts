import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { ROUTES } from '../tooling/slidev/index.ts'

/**
 * The phone remote's address, offered first by Slidev's remote-control menu (`/entry/`). Dev server
 * only: the remote moves the talk through the server's shared state, which a build does not have.
 */
export const REMOTE_PATH = '/remote'

export function withPhoneRemote(routes: RouteRecordRaw[]): RouteRecordRaw[] {
  return [
    { name: 'remote', path: REMOTE_PATH, component: () => import('./RemotePage.vue') },
    ...routes.map(route => route.name !== ROUTES.entry.name || !route.component
      ? route
      : { ...route, component: () => import('./EntryWithRemote.vue'), props: { entry: route.component as () => Promise<Component> } }),
  ]
}
