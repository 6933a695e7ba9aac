import type { PayUnit, Posting, SectionId, SettingId, StateCode } from '../template/types';
import { asArray, estimatePlainTextLength, nonBlank, postingTextUnits, sectionHasContent, type TextUnit } from './posting-text';
import type { PayPeriod } from './extract/pay';

/** What the pay says, in the posting's fields or found in its text. */
export interface PayFacts {
  min?: unknown;
  max?: unknown;
  /** Free text may also say per week, month or visit. */
  unit?: PayUnit | PayPeriod;
  /** The Schedule & pay section is switched off (generated postings only). */
  hidden: boolean;
  /** Free text: the pay as written ("$29.50 – $36.00 per hour"). */
  quote?: string;
  /** Free text: words said instead of figures ("DOE", "competitive pay"). */
  undisclosed?: string;
}

/**
 * What the rules read. A generated posting and free text (plain, Markdown, HTML) both map into it, so each
 * rule is written once: `factsFromPosting()` below, `factsFromText()` in extract/. Generated postings keep
 * `posting` so findings can carry one-click fixes; free-text findings carry a quote instead.
 */
export interface PostingFacts {
  readonly kind: 'posting-facts';
  origin: 'generated' | 'text';
  posting?: Posting;
  title?: string;
  units: TextUnit[];
  pay: PayFacts;
  /** 'entered-hidden': benefits typed in but their section is switched off. */
  benefits: 'shown' | 'entered-hidden' | 'missing';
  eeo: 'shown' | 'off' | 'missing';
  /** An offer of reasonable accommodation to applicants, or "with or without reasonable accommodation". */
  accommodation: boolean;
  location?: string;
  state?: StateCode;
  setting?: SettingId;
  sectionsWithContent: ReadonlySet<SectionId>;
  /** Plain-text length (estimated for generated postings). */
  length: number;
  /** The job is an occupational therapy assistant's (always true for generated postings). */
  isOta: boolean;
}

export function isPostingFacts(input: unknown): input is PostingFacts {
  return typeof input === 'object' && input !== null && (input as PostingFacts).kind === 'posting-facts';
}

const ACCOMMODATION = /\breasonabl[ey]\s+accommodat|\baccommodations?\b[^.]{0,80}\b(?:appl|hiring|interview|disabilit)|\b(?:need|request)\s+(?:an?\s+)?accommodation/i;

export function mentionsAccommodation(units: readonly TextUnit[]): boolean {
  return units.some((unit) => ACCOMMODATION.test(unit.text));
}

export function factsFromPosting(posting: Posting): PostingFacts {
  const options = posting?.options ?? ({} as Posting['options']);
  const units = postingTextUnits(posting);
  const sectionsWithContent = new Set<SectionId>();
  for (const section of asArray(posting?.sections)) {
    if (section && sectionHasContent(posting, section.id)) sectionsWithContent.add(section.id);
  }
  const benefitsParagraph = asArray(posting?.sections).some((section) =>
    asArray(section?.paragraphs).some((p) => typeof p?.label === 'string' && /benefit/i.test(p.label) && nonBlank(p.text)),
  );
  const benefitsEntered = asArray(options.benefits).some(nonBlank);
  return {
    kind: 'posting-facts',
    origin: 'generated',
    posting,
    title: typeof posting?.title === 'string' ? posting.title : undefined,
    units,
    pay: {
      min: options.payMin,
      max: options.payMax,
      unit: options.payUnit,
      hidden: options.sections?.['schedule-pay'] === false,
    },
    benefits: sectionsWithContent.has('benefits') || benefitsParagraph ? 'shown' : benefitsEntered ? 'entered-hidden' : 'missing',
    eeo: options.eeo === false ? 'off' : sectionsWithContent.has('eeo') ? 'shown' : 'missing',
    accommodation: mentionsAccommodation(units),
    location: typeof options.location === 'string' ? options.location : undefined,
    state: options.state,
    setting: options.setting,
    sectionsWithContent,
    length: estimatePlainTextLength(posting),
    isOta: true,
  };
}

export function toFacts(input: Posting | PostingFacts): PostingFacts {
  return isPostingFacts(input) ? input : factsFromPosting(input);
}

const MAX_QUOTE = 200;
// How far to look for the sentence's ends. Past this the quote is clipped anyway, and searching the whole text
// before and after every match made a long page without sentence breaks quadratic (13 s on 59 KB).
const QUOTE_WINDOW = 400;
const SENTENCE_END = new Set(['.', '!', '?', ';', '\n']);

/** The sentence (or bullet) around a match, clipped, so a quote stays readable inside long paragraphs. */
export function quoteAt(text: string, index = 0, length = 0): string {
  const windowStart = Math.max(index - QUOTE_WINDOW, 0);
  let start = index;
  while (start > windowStart && !SENTENCE_END.has(text[start - 1] ?? '')) start -= 1;
  const tailStart = index + length;
  const tail = text.slice(tailStart, tailStart + QUOTE_WINDOW);
  const endRel = tail.search(/[.!?;\n](?:\s|$)/);
  const end = endRel === -1 ? tailStart + tail.length : tailStart + endRel + 1;
  const sentence = text.slice(start, end).trim();
  if (sentence.length <= MAX_QUOTE) return sentence;
  const from = Math.max(index - start - 80, 0);
  return `…${sentence.slice(from, from + MAX_QUOTE - 2).trim()}…`;
}
