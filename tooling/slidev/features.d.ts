// Types of ./features.js.

/** Whether this build has the presenter view. */
export const hasPresenterView: boolean
