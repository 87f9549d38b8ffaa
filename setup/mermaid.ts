import { defineMermaidSetup } from '@slidev/types'
import { DIAGRAM } from '../layout/geometry.ts'

// One diagram theme for every Mermaid block. Colours are not baked into the SVG: `themeCSS`
// points Mermaid's shapes at the deck's CSS variables (styles/tokens.css), which inherit into
// the diagram's shadow root, so a diagram follows light and dark without being re-rendered.
export default defineMermaidSetup(() => ({
  theme: 'base',
  // Mermaid 11's look and layout, not 12's defaults: 'neo' adds a glow none of the deck's flat cards
  // have, and ELK brings about 1.6 MB more JavaScript to each diagram slide and draws later.
  look: 'classic',
  layout: 'dagre',
  fontFamily: 'Inter, ui-sans-serif, system-ui, sans-serif',
  // Wide labels: a chain of steps reads best one line per box.
  flowchart: { curve: 'basis', padding: 14, nodeSpacing: 36, rankSpacing: 36, htmlLabels: true, useMaxWidth: false, wrappingWidth: 460 },
  themeVariables: { fontSize: `${DIAGRAM.labelPx}px` },
  sequence: { mirrorActors: false, messageFontSize: DIAGRAM.labelPx, actorFontSize: DIAGRAM.labelPx, width: 190, height: 56, boxMargin: 12, useMaxWidth: false },
  themeCSS: `
    .node rect, .node polygon, .node circle, .node path { fill: var(--deck-surface) !important; stroke: var(--deck-accent) !important; stroke-width: 1.5px !important; }
    .node.strain rect, .node.strain polygon { fill: var(--deck-strain-soft) !important; stroke: var(--deck-strain) !important; }
    .nodeLabel, .nodeLabel p, .label, .cluster-label, text { color: var(--deck-fg) !important; fill: var(--deck-fg) !important; }
    .edgePath path, .flowchart-link { stroke: var(--deck-muted) !important; stroke-width: 1.5px !important; }
    marker path, .arrowheadPath, .arrowMarkerPath { fill: var(--deck-muted) !important; stroke: var(--deck-muted) !important; }
    .edgeLabel, .edgeLabel p, .edgeLabel span, .labelBkg { background-color: var(--deck-bg) !important; color: var(--deck-muted) !important; fill: var(--deck-muted) !important; }
    .edgeLabel rect { fill: var(--deck-bg) !important; opacity: 1 !important; }
    rect.actor { fill: var(--deck-accent-soft) !important; stroke: var(--deck-accent) !important; stroke-width: 1.5px !important; }
    text.actor, text.actor tspan { fill: var(--deck-fg) !important; font-weight: 600; }
    .actor-line { stroke: var(--deck-border) !important; }
    .messageLine0, .messageLine1 { stroke: var(--deck-muted) !important; stroke-width: 1.5px !important; }
    .messageText { fill: var(--deck-fg) !important; stroke: none !important; }
    #arrowhead path, [id$="-arrowhead"] path { fill: var(--deck-muted) !important; stroke: var(--deck-muted) !important; }
    .cluster rect { fill: transparent !important; stroke: var(--deck-border) !important; stroke-dasharray: 4 4; }
  `,
}))
