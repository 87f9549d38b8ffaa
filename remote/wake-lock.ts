import { onBeforeUnmount, onMounted } from 'vue'

/**
 * Keeps the screen on while the page is shown (Screen Wake Lock API). Browsers release the lock
 * when the page is hidden (the phone locks, another app comes up), so it is asked for again each
 * time the page is shown. Browsers offer it only in a secure context (https, or localhost).
 */
export function useScreenAwake() {
  let lock: WakeLockSentinel | undefined
  const ask = () => {
    if (document.visibilityState === 'visible' && 'wakeLock' in navigator && (!lock || lock.released))
      navigator.wakeLock.request('screen').then(l => lock = l, () => {})
  }
  onMounted(() => {
    ask()
    document.addEventListener('visibilitychange', ask)
  })
  onBeforeUnmount(() => {
    document.removeEventListener('visibilitychange', ask)
    void lock?.release()
  })
}
