// Types of ./client.js: the parts the deck reads.
import type { ClicksContext } from '@slidev/types'
import type { ComputedRef, DefineComponent, Ref } from 'vue'

export interface SharedNav {
  page: number
  clicks: number
  clicksTotal: number
  lastUpdate?: { id: string, type: 'presenter' | 'viewer', time: number }
}

export const sharedState: SharedNav
/** Runs on every change that came from another window. */
export function onPatch(fn: (state: SharedNav) => void): void
/** Applies a state received from elsewhere, without sending it on. */
export function onSharedUpdate(state: Partial<SharedNav>): void
/** Sets one field and sends it, without running this window's onPatch hooks. */
export function patch<K extends keyof SharedNav>(key: K, value: SharedNav[K]): void
export const sendingHosts: string[]
export const syncDirections: { value: { presenterSend: boolean, presenterReceive: boolean, viewerSend: boolean, viewerReceive: boolean } }

/** A slide's route (@slidev/types leaves `meta` untyped here); `clicks` is the frontmatter's. */
export interface SlideRouteInfo {
  no: number
  meta: { clicks?: number, slide: { title?: string, note?: string, noteHTML?: string, frontmatter: Record<string, unknown> } }
}
export function useNav(): { slides: Ref<SlideRouteInfo[]>, total: ComputedRef<number> }
/** Returns the unlock. */
export function lockShortcuts(): () => void
export function createClicksContextBase(current: Ref<number>, clicksStart?: number, clicksTotalOverrides?: number): ClicksContext
/** `passed` (pauses excluded) and `duration` in seconds. */
export function useTimer(): {
  status: ComputedRef<'stopped' | 'running' | 'paused'>
  passed: ComputedRef<number>
  duration: ComputedRef<number>
  percentage: ComputedRef<number>
  toggle: () => void
}
export const NoteDisplay: DefineComponent<{
  noteHtml?: string
  note?: string
  placeholder?: string
  clicksContext?: ClicksContext
  autoScroll?: boolean
}>
