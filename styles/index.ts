// Typefaces come from npm (@fontsource), never from a font CDN: the deck must work offline.
// Every subset, each with its unicode-range (styles/fonts.css says why and holds the fallback).
import '@fontsource/inter/400.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
import './fonts.css'
import 'virtual:deck-geometry.css'
import './tokens.css'
import './deck.css'
import './reading.css'
import '../tooling/slidev/reading.css'
