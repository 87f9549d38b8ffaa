// Typefaces come from npm (@fontsource), never from a font CDN: the deck must work offline.
import '@fontsource/inter/latin-400.css'
import '@fontsource/inter/latin-600.css'
import '@fontsource/inter/latin-700.css'
import 'virtual:deck-geometry.css'
import './tokens.css'
import './deck.css'
import './reading.css'
import '../tooling/slidev/reading.css'
