// Which of Slidev's optional views this build has, from the defines of ./index.ts DEFINES (Vite
// replaces them at build time). No imports: setup/routes.ts reads it before the app starts.

/** Whether this build has the presenter view (the define that adds Slidev's presenter routes). */
// eslint-disable-next-line no-undef -- replaced by Vite's define
export const hasPresenterView = __SLIDEV_FEATURE_PRESENTER__
