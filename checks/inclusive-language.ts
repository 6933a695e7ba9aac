import type { Posting } from '../template/types';
import {
  FEMININE_CODED_STEMS,
  GENDER_DECODER_ADDITIONS,
  MASCULINE_CODED_STEMS,
  NON_CODED_WORDS,
  OT_CLINICAL_PHRASES,
  OT_NATURAL_STEMS,
  type CodedStem,
} from './gender-coded-words';
import { removeLinePatch } from './posting-text';
import { quoteAt, toFacts, type PostingFacts } from './facts';
import { SOURCES, cite } from './sources';
import type { CheckContext, Finding } from './types';

export interface GenderCoding {
  /** stem → count, for stems that count toward the balance. */
  masculine: Map<CodedStem, number>;
  feminine: Map<CodedStem, number>;
  /** Clinical-sense stems found, kept out of the balance. */
  otNatural: Map<CodedStem, number>;
  /** Clinical phrases found (label → count); the coded words inside them are not counted at all. */
  clinicalPhrases: Map<string, number>;
  masculineCount: number;
  feminineCount: number;
  /** The masculine-coded words as written (first spelling of each), for quoting free text. */
  masculineWords: string[];
}

/** Words as written; callers lower-case them to classify, and quote them as written. */
function wordsOf(text: string): string[] {
  return text.match(/[a-z][a-z'-]*/gi) ?? [];
}

function firstStem(word: string, stems: readonly CodedStem[]): CodedStem | undefined {
  return stems.find((stem) => word.startsWith(stem));
}

type WordClass = { stem: CodedStem; masculine: boolean } | null;
// Postings repeat their words, and each lookup scans every stem: remember the answer per word (bounded).
const WORD_CLASS = new Map<string, WordClass>();
function classify(word: string): WordClass {
  const known = WORD_CLASS.get(word);
  if (known !== undefined) return known;
  const masculine = firstStem(word, MASCULINE_CODED_STEMS);
  const stem = masculine ?? firstStem(word, FEMININE_CODED_STEMS);
  const result: WordClass = stem ? { stem, masculine: Boolean(masculine) } : null;
  if (WORD_CLASS.size > 20_000) WORD_CLASS.clear();
  WORD_CLASS.set(word, result);
  return result;
}

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** Blanks out the clinical phrases (so their words are not counted) and tallies them. */
function withoutClinicalPhrases(text: string, tally: Map<string, number>): string {
  let result = text;
  for (const { label, pattern } of OT_CLINICAL_PHRASES) {
    result = result.replace(pattern, (match) => {
      bump(tally, label);
      return ' '.repeat(match.length);
    });
  }
  return result;
}

// "Pay depending on experience", "schedule depends on caseload": "depend" there is about conditions, not a
// trait of the person, so it is neither coded nor a clinical word.
const DEPENDS_ON = /\bdepend(?:s|ing)?\s+(?:up)?on\b/gi;
const blank = (match: string) => ' '.repeat(match.length);

export function genderCoding(input: Posting | PostingFacts): GenderCoding {
  const result: GenderCoding = {
    masculine: new Map(),
    feminine: new Map(),
    otNatural: new Map(),
    clinicalPhrases: new Map(),
    masculineCount: 0,
    feminineCount: 0,
    masculineWords: [],
  };
  const seenMasculine = new Set<string>();
  for (const unit of toFacts(input).units) {
    if (unit.kind === 'heading') continue; // "Responsibilities" is a section name, not wording.
    for (const written of wordsOf(withoutClinicalPhrases(unit.text, result.clinicalPhrases).replace(DEPENDS_ON, blank))) {
      const word = written.toLowerCase();
      if (NON_CODED_WORDS.has(word)) continue;
      const coded = classify(word);
      if (!coded) continue;
      const { stem } = coded;
      if (OT_NATURAL_STEMS.has(stem)) bump(result.otNatural, stem);
      else if (coded.masculine) {
        bump(result.masculine, stem);
        if (!seenMasculine.has(word)) result.masculineWords.push(written);
        seenMasculine.add(word);
      } else bump(result.feminine, stem);
    }
  }
  const total = (map: Map<CodedStem, number>) => [...map.values()].reduce((a, b) => a + b, 0);
  result.masculineCount = total(result.masculine);
  result.feminineCount = total(result.feminine);
  return result;
}

const list = (map: Map<string, number>, suffix = '*') =>
  [...map.entries()].map(([key, count]) => (count > 1 ? `${key}${suffix} ×${count}` : `${key}${suffix}`)).join(', ');

/**
 * The paper when every counted stem is from its Appendix A; the Gender Decoder's list (which names the
 * paper) when an added stem counts, so the finding never credits the study with a word it did not test.
 */
function balanceSource(coding: GenderCoding) {
  const counted = [...coding.masculine.keys(), ...coding.feminine.keys()];
  const additions = counted.filter((stem) => GENDER_DECODER_ADDITIONS.has(stem));
  return { additions, source: additions.length > 0 ? SOURCES.genderDecoder : SOURCES.gaucherFriesenKay };
}

interface ExclusionaryPhrase {
  id: string;
  pattern: RegExp;
  why: string;
  rewrite: string;
  /** Wording to copy in place of the phrase. */
  suggestion: string;
}

/** Wording that screens people out by age, origin or disability, or reads as a closed club. */
export const EXCLUSIONARY_PHRASES: ExclusionaryPhrase[] = [
  {
    id: 'young',
    suggestion: 'a friendly, supportive team',
    // "young children/adults" describes the caseload, not the applicant.
    pattern: /\b(?:young|youthful)\b(?!\s+(?:children|child|kids|adults?|clients?|patients?|people|infants?|toddlers?|learners?|students?|athletes?|families)\b)/i,
    why: 'signals an age preference (age 40+ is protected)',
    rewrite: 'describe the team instead, e.g. "a friendly, supportive team"',
  },
  {
    id: 'digital-native',
    suggestion: 'comfortable with electronic documentation (EMR)',
    pattern: /\bdigital[\s-]natives?\b/i,
    why: 'is a proxy for age',
    rewrite: '"comfortable with electronic documentation (EMR)"',
  },
  {
    id: 'native-speaker',
    suggestion: 'fluent in written and spoken English',
    pattern: /\bnative\s+(?:english\s+)?speakers?\b|\bnative\s+english\b/i,
    why: 'can screen out by national origin',
    rewrite: '"fluent in written and spoken English" (add other languages as "a plus")',
  },
  {
    id: 'rockstar',
    suggestion: 'experienced OTA',
    pattern: /\b(?:rock\s?stars?|ninjas?|gurus?|superstars?|unicorns?)\b/i,
    why: 'is jargon that reads as a young, male-coded culture',
    rewrite: '"skilled" or "experienced OTA"',
  },
  {
    id: 'recent-graduate',
    suggestion: 'new graduates welcome; all experience levels considered',
    pattern: /\brecent\s+(?:college\s+)?grad(?:uate)?s?\b/i,
    why: 'screens out older career changers (an age proxy)',
    rewrite: '"new graduates welcome; all experience levels considered"',
  },
  {
    id: 'able-bodied',
    suggestion: 'move and position clients with safe-handling equipment, with or without reasonable accommodation',
    pattern: /\b(?:able[\s-]bodied|physically\s+fit|in\s+good\s+health)\b/i,
    why: 'screens out people with disabilities instead of naming the essential function',
    rewrite: 'state the actual task, e.g. "move and position clients with safe-handling equipment, with or without reasonable accommodation"',
  },
  {
    id: 'manpower',
    suggestion: 'staffing; they; chair',
    pattern: /\b(?:manpower|salesman|chairman|he\/she|he or she|s\/he)\b/i,
    why: 'is gendered wording',
    rewrite: '"staffing", "they", "chair"',
  },
];

export function checkInclusiveLanguage(input: Posting | PostingFacts, _context: CheckContext): Finding[] {
  const facts = toFacts(input);
  const isText = facts.origin === 'text';
  const findings: Finding[] = [];
  const coding = genderCoding(facts);
  const { masculineCount, feminineCount } = coding;
  if (masculineCount > 0 || feminineCount > 0) {
    const masculineLeaning = masculineCount > feminineCount;
    const { additions, source } = balanceSource(coding);
    const additionsNote =
      additions.length > 0
        ? ` (${additions.map((stem) => `${stem}*`).join(', ')}: added by the Gender Decoder, not from the 2011 study)`
        : '';
    findings.push({
      ruleId: 'language/gender-balance',
      severity: masculineLeaning ? 'warning' : 'info',
      message: masculineLeaning
        ? `Wording leans masculine-coded (${masculineCount} masculine vs ${feminineCount} feminine: ${list(coding.masculine)})${additionsNote}. Research shows this lowers appeal to women; soften or balance these words.`
        : `Wording is ${feminineCount > masculineCount ? 'feminine-leaning' : 'balanced'} (${masculineCount} masculine vs ${feminineCount} feminine coded words${
            masculineCount + feminineCount > 0 ? `: ${[list(coding.masculine), list(coding.feminine)].filter(Boolean).join('; ')}` : ''
          })${additionsNote}.`,
      ...cite(source),
      confidence: 'H',
      // Free text is quoted with the words the recruiter wrote ("Ambitious"), which they can find; stems ("ambitio*") they cannot.
      ...(isText && masculineLeaning ? { quote: coding.masculineWords.join(', ') } : {}),
    });
  }
  if (coding.otNatural.size > 0 || coding.clinicalPhrases.size > 0) {
    const parts = [
      coding.clinicalPhrases.size > 0 ? `clinical terms ${list(coding.clinicalPhrases, '')}` : '',
      coding.otNatural.size > 0 ? `words OT postings use clinically ${list(coding.otNatural)} (e.g. "ADL independence", "support clients")` : '',
    ].filter(Boolean);
    findings.push({
      ruleId: 'language/ot-clinical-words',
      severity: 'info',
      message: `Not counted in the gender balance: ${parts.join('; ')}.`,
      ...cite(SOURCES.gaucherFriesenKay),
      confidence: 'H',
    });
  }
  for (const unit of facts.units) {
    for (const phrase of EXCLUSIONARY_PHRASES) {
      const match = phrase.pattern.exec(unit.text);
      if (!match) continue;
      if (isText) {
        findings.push({
          ruleId: `language/exclusionary-${phrase.id}`,
          severity: 'warning',
          message: `"${match[0]}" ${phrase.why}. Try ${phrase.rewrite}.`,
          ...cite(SOURCES.eeocJobAdvertisements),
          confidence: 'M',
          quote: quoteAt(unit.text, match.index, match[0].length),
          suggestion: phrase.suggestion,
        });
        continue;
      }
      const posting = facts.posting;
      const fix = unit.line && posting ? { label: 'Remove this line', patch: removeLinePatch(posting, unit.line) } : undefined;
      findings.push({
        ruleId: `language/exclusionary-${phrase.id}`,
        severity: 'warning',
        message: `"${match[0]}" ${phrase.why}. Try ${phrase.rewrite}.`,
        ...cite(SOURCES.eeocJobAdvertisements),
        confidence: 'M',
        ...(unit.line ? { lineId: unit.line.id } : {}),
        ...(fix ? { fix } : {}),
      });
    }
  }
  return findings;
}
