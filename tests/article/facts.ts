// The facts of the source article that the deck must carry, written down once, by hand, from the
// article (../shared/source/article.md, beside the project, as the team and CI have it): the
// expectation of tests/pdf/article.spec.ts, kept apart
// from data/ and the page files on purpose. Each phrase is the article's own wording (a unit test,
// tests/unit/article.test.ts, finds every one in the article); a slide shows a fact when its text
// holds every phrase of it, case and whitespace aside.
import { resolve } from 'node:path'

/** The source article, read where the team was given it: a copy in the project could drift from it. */
export const ARTICLE = resolve(import.meta.dirname, '../../../shared/source/article.md')

export interface Fact {
  /** What the article says, for the failure message. */
  fact: string
  /** Phrases of the article that the slides must show. */
  shown: string[]
}

export interface Milestone extends Fact {
  year: number
}

export const SECTIONS: Fact[] = [
  { fact: 'section: The Rise and Evolution of the OpenAI-Microsoft Partnership', shown: ['rise and evolution'] },
  { fact: 'section: Emerging Friction Points', shown: ['emerging friction points'] },
  { fact: 'section: Industry-Wide Implications', shown: ['industry-wide implications'] },
  { fact: 'section: The Road Ahead', shown: ['the road ahead'] },
]

/** "Key milestones in the partnership": each year with what happened in it. */
export const MILESTONES: Milestone[] = [
  { year: 2019, fact: '2019: Initial $1B investment and Azure exclusivity deal', shown: ['initial', 'investment', 'Azure'] },
  { year: 2020, fact: '2020: GPT-3 launch and integration into Microsoft products', shown: ['GPT-3 launch', 'Microsoft products'] },
  { year: 2021, fact: '2021: Expanded collaboration on AI supercomputing', shown: ['collaboration', 'AI supercomputing'] },
  { year: 2022, fact: '2022: ChatGPT release and subsequent Azure OpenAI Service', shown: ['ChatGPT release', 'Azure OpenAI Service'] },
  { year: 2023, fact: '2023: Reports emerge about negotiation challenges', shown: ['reports emerge', 'negotiation challenges'] },
]

export const CLAIMS: Fact[] = [
  // The opening paragraph.
  { fact: 'a symbiotic relationship: Microsoft\'s cloud infrastructure, OpenAI\'s AI models', shown: ['symbiotic relationship', 'cloud infrastructure', 'cutting-edge AI models'] },
  { fact: 'diverging priorities and competitive pressures', shown: ['diverging priorities', 'competitive pressures'] },
  { fact: 'a complex dance that could reshape the AI landscape', shown: ['complex dance', 'reshape the AI landscape'] },
  // The rise and evolution.
  { fact: 'Microsoft\'s $1 billion investment in OpenAI in 2019', shown: ['$1 billion', '2019'] },
  { fact: 'exclusive licensing rights to OpenAI\'s GPT models for Azure', shown: ['exclusive licensing', 'GPT models for Azure'] },
  { fact: 'AI in Copilot, Teams and Bing', shown: ['Copilot', 'Teams', 'Bing'] },
  { fact: 'OpenAI benefited from Azure\'s scalable computing power', shown: ['Azure\'s scalable computing power'] },
  { fact: 'tensions over revenue-sharing models, intellectual property rights and conflicting roadmaps', shown: ['revenue-sharing models', 'intellectual property rights', 'conflicting roadmaps'] },
  // The friction points.
  { fact: 'friction 1: revenue sharing and commercialization', shown: ['revenue sharing and commercialization', 'larger share', 'massive GPU clusters'] },
  { fact: 'friction 2: competing AI initiatives', shown: ['competing AI initiatives', 'Microsoft AI org', 'commercial products', 'Stargate supercomputer', 'strategic infrastructure control'] },
  { fact: 'friction 3: governance and control', shown: ['governance and control', 'capped-profit structure', 'shareholder expectations', 'leadership changes', 'Redmond'] },
  // The implications.
  { fact: 'implication: cloud wars intensify (Google, AWS, Azure)', shown: ['cloud wars intensify', 'Google (Gemini)', 'AWS (Bedrock)', 'arms race'] },
  { fact: 'implication: startup dilemmas', shown: ['startup dilemmas', 'independence', 'reliance on tech giants'] },
  { fact: 'implication: regulatory attention', shown: ['regulatory attention', 'antitrust scrutiny'] },
  // The scenarios.
  { fact: 'scenario: renegotiated partnership', shown: ['renegotiated partnership', 'adjusted terms', 'research goals', 'commercial needs'] },
  { fact: 'scenario: controlled competition', shown: ['controlled competition', 'coopetition', 'collaborate on infrastructure', 'compete on applications'] },
  { fact: 'scenario: decoupling', shown: ['decoupling', 'gradual separation', 'independent capabilities', 'costly'] },
  // The close.
  { fact: 'alliances navigate shared ambitions and competing interests', shown: ['shared ambitions and competing interests'] },
  { fact: 'a case study in sustaining partnerships on fast-moving technological frontiers', shown: ['case study', 'fast-moving'] },
]

/** The products and companies the article names, each to be on a slide as written. */
export const NAMES = ['OpenAI', 'Microsoft', 'Azure', 'GPT', 'Copilot', 'Teams', 'Bing', 'GPT-3', 'ChatGPT', 'Azure OpenAI Service', 'Microsoft AI', 'Stargate', 'Google', 'Gemini', 'AWS', 'Bedrock', 'Redmond']

/**
 * Capitalised words a slide may show that the article does not have, none of them a name: the
 * deck's own framing (the cover's and the opening's eyebrows, the closing slide, the credit line,
 * the comparison's labels) and the first words of its paraphrases. A word added here is a
 * decision that it names no product, company, person or place.
 */
export const DECK_WORDS = ['Analysis', 'It', 'Become', 'Conclusion', 'Slides', 'Slidev', 'Cost', 'Resolves', 'Not', 'Our', 'Reported', 'Faster', 'Integrated', 'Followed', 'Disagreement']
