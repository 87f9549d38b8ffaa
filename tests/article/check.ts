// The slides' text against the article's facts (./facts.ts): every fact shown, and no year, dollar
// amount or capitalised name on a slide that the article does not have.
import type { Fact, Milestone } from './facts.ts'
import { readFileSync } from 'node:fs'
import { ARTICLE, CLAIMS, DECK_WORDS, MILESTONES, NAMES, SECTIONS } from './facts.ts'

export const article = readFileSync(ARTICLE, 'utf8')

/** Case and whitespace aside: a PDF's text breaks lines its own way, headings may be set in capitals. */
export const flat = (text: string) => text.toLowerCase().replace(/\s+/g, '')

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g
const AMOUNT = /\$\s?(\d+(?:\.\d+)?)\s*(billion|million|bn|[BM])?(?![a-z])/gi
const WORD = /[A-Z][A-Z0-9]*(?:[-'’][A-Z0-9]+)*/gi
const SCALE: Record<string, number> = { billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, m: 1e6 }

const years = (text: string) => new Set(text.match(YEAR) ?? [])
/** Dollar amounts as numbers: "$1 billion" and "$1B" are the same fact. */
const amounts = (text: string) => new Set([...text.matchAll(AMOUNT)].map(m => Number(m[1]) * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1)))
/** Words, a possessive 's dropped. */
const words = (text: string) => (text.match(WORD) ?? []).map(word => word.replace(/['’]s$/, ''))

const articleYears = years(article)
const articleAmounts = amounts(article)
const articleWords = new Set([...words(article), ...DECK_WORDS].map(word => word.toLowerCase()))

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** `name` as whole words, line breaks allowed between them. */
const hasName = (text: string, name: string) => new RegExp(`(?<![A-Za-z0-9-])${escape(name).replace(/ /g, '\\s+')}(?![A-Za-z0-9]|-\\d)`).test(text)

const shows = (text: string, fact: Fact) => fact.shown.every(phrase => flat(text).includes(flat(phrase)))

/**
 * A milestone is shown when, on one page, its year is followed by all of its phrases before the
 * next year: the year and what happened in it belong together.
 */
function showsMilestone(pages: string[], milestone: Milestone) {
  return pages.some(page => [...page.matchAll(YEAR)].some((m, i, all) => m[0] === String(milestone.year)
    && shows(page.slice(m.index, all[i + 1]?.index ?? page.length), milestone)))
}

/** Facts of the article no slide shows, each as "missing: <fact>". */
export function missingFacts(pages: string[], facts: { sections?: Fact[], claims?: Fact[], milestones?: Milestone[], names?: string[] } = { sections: SECTIONS, claims: CLAIMS, milestones: MILESTONES, names: NAMES }) {
  const text = pages.join('\n')
  return [
    ...[...facts.sections ?? [], ...facts.claims ?? []].filter(fact => !shows(text, fact)).map(fact => `missing: ${fact.fact}`),
    ...(facts.milestones ?? []).filter(milestone => !showsMilestone(pages, milestone)).map(milestone => `missing: ${milestone.fact}`),
    ...(facts.names ?? []).filter(name => !hasName(text, name)).map(name => `missing: the name ${name}`),
  ]
}

/** Years, dollar amounts and capitalised words on the slides that the article does not have. */
export function foreignTerms(text: string) {
  const foreignWords = new Set(words(text).filter(word => /^[A-Z]/.test(word) && !articleWords.has(word.toLowerCase())))
  return [
    ...[...years(text)].filter(year => !articleYears.has(year)).map(year => `not in the article: the year ${year}`),
    ...[...amounts(text)].filter(amount => !articleAmounts.has(amount)).map(amount => `not in the article: the amount $${amount.toLocaleString('en')}`),
    ...[...foreignWords].map(word => `not in the article: the name "${word}"`),
  ]
}

/** Everything wrong with the slides' text (one string per page) against the article. */
export function articleProblems(pages: string[]) {
  return [...missingFacts(pages), ...foreignTerms(pages.join('\n'))]
}
