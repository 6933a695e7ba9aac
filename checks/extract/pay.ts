/**
 * Pay as recruiters write it: ranges ("$29.50 – $36.00 per hour", "$58k–$70k/yr", "USD 28–34 hourly",
 * "$28-$34/hr"), one-sided pay ("up to $72,000", "starting at $30/hour"), single figures, and words in place
 * of figures ("DOE", "competitive pay"). Bonuses, allowances and reimbursements are found but marked as not
 * base pay, so "$5,000 sign-on bonus" never reads as the salary.
 */

export type PayPeriod = 'hour' | 'year' | 'week' | 'month' | 'visit';

export interface PayMention {
  kind: 'range' | 'up-to' | 'from' | 'single' | 'undisclosed';
  min?: number;
  max?: number;
  unit?: PayPeriod;
  /** The words as written. */
  text: string;
  index: number;
  /** False for bonuses, allowances, reimbursements, differentials. */
  basePay: boolean;
}

// Bounded repeats: a run of digits from a hostile page must not make each start position rescan the line.
const NUM = String.raw`\d{1,3}(?:,\d{3}){1,3}(?:\.\d{1,2})?|\d{1,7}(?:\.\d{1,2})?`;
const CUR = String.raw`(?:US\$|\$|USD\s?)`;
const K = String.raw`\s?[kK](?![a-zA-Z])`;
// A unit directly after a figure: "/hr", "per hour", "an hour", "hourly", "a year", "annually".
const UNIT = String.raw`(?:\s*(?:\/\s*|per\s+|an?\s+|each\s+)(?:hour|hr|year|yr|annum|week|wk|month|mo|visit|session)s?\b|\s+(?:hourly|annually|yearly|weekly|monthly|per\s+annum)\b)`;
const SEP = String.raw`\s*(?:-|–|—|‒|to|and|through)\s*`;

const RANGE = new RegExp(
  String.raw`(${CUR})?\s?(${NUM})(${K})?(?:${UNIT})?${SEP}(${CUR})?\s?(${NUM})(${K})?(${UNIT})?`,
  'gi',
);
const UP_TO = String.raw`up\s+to|as\s+much\s+as|max(?:imum)?\.?\s+of|no\s+more\s+than`;
const FROM = String.raw`from|starting\s+(?:at|from)|starts\s+at|starting\s+(?:pay|rate|salary)\s+(?:of|is|at)|beginning\s+at|as\s+low\s+as|minimum\s+of|at\s+least`;
const OPEN_BEFORE = new RegExp(String.raw`\b(${UP_TO}|${FROM})\s+(${CUR})\s?(${NUM})(${K})?(${UNIT})?`, 'gi');
const OPEN_AFTER = new RegExp(String.raw`(${CUR})\s?(${NUM})(${K})?(${UNIT})?(?:\s*\+|\s+(?:and\s+up|or\s+more|plus\b|and\s+above))`, 'gi');
const SINGLE = new RegExp(String.raw`(${CUR})\s?(${NUM})(${K})?(${UNIT})?`, 'gi');
const UNDISCLOSED =
  /\b(?:DOE|D\.O\.E\.?|depend(?:s|ing|ent)\s+(?:up)?on\s+(?:experience|qualifications)|commensurate\s+with\s+(?:experience|qualifications)|competitive\s+(?:pay|salary|wages?|compensation|(?:hourly\s+)?rates?)|(?:salary|pay|rate|compensation)\s+(?:is\s+)?negotiable)\b/gi;

const NOT_BASE_PAY =
  /\b(?:bonus\w*|sign[\s-]?on|signing|referral|allowance|reimburse\w*|stipend|tuition|relocation|401|403|match\w*|CEUs?|continuing\s+education|differential|mileage|premium)\b/i;
const PAY_WORDS = /\b(?:pay|rate|salary|wage|compensation|earn)\b/i;

/** The period named next to the figures, or in the words just before ("Hourly rate: $28–34"). */
export function periodOf(written: string, after: string, before: string): PayPeriod | undefined {
  const nextFigure = after.search(/[\d$]/);
  const tail = after.slice(0, nextFigure === -1 ? 25 : Math.min(nextFigure, 25));
  // Only the words of the same sentence before the figure: "40 hours a week. Pay: $60,000" is not hourly.
  const clause = before.slice(-30).split(/[.;\n](?!\d)/).pop() ?? '';
  return periodIn(written) ?? periodIn(tail) ?? periodIn(clause);
}

function periodIn(text: string): PayPeriod | undefined {
  const match = /\b(hours?|hrs?|hourly)\b|\b(year|yr|annum|annual|annually|yearly|salary)\b|\b(week|wk|weekly)\b|\b(month|mo|monthly)\b|\b(visit|session)s?\b/i.exec(text);
  if (!match) return undefined;
  if (match[1]) return 'hour';
  if (match[2]) return 'year';
  if (match[3]) return 'week';
  if (match[4]) return 'month';
  return 'visit';
}

function amount(figure: string | undefined, k: string | undefined): number {
  const value = Number((figure ?? '').replace(/,/g, ''));
  return k ? value * 1000 : value;
}

// How far back a bonus or allowance word can sit and still be about this figure ("sign-on bonus of $3,000").
const LOOK_BACK = 40;

/**
 * Bonus words count only in the same part of the sentence as the figure: "We offer a $2,000 relocation
 * allowance and pay $40–$48 per hour" and "$28–$34/hr, 401(k) match" are base ranges. The look-back is a
 * bounded window: scanning the whole text before every figure made a long list of figures quadratic.
 */
function isBasePay(text: string, index: number, length: number): boolean {
  const windowStart = Math.max(index - LOOK_BACK, 0);
  let clauseStart = index;
  while (clauseStart > windowStart && !isClauseEnd(text, clauseStart - 1)) clauseStart -= 1;
  const before = text.slice(clauseStart, index).split(/,|\band\b/i).pop() ?? '';
  const after = text.slice(index + length, index + length + 15).split(/[;,(+\n]|\.(?!\d)|\bplus\b/i)[0] ?? '';
  return !NOT_BASE_PAY.test(before) && !NOT_BASE_PAY.test(after);
}

/** A line break, or a full stop or semicolon that is not a decimal point ("$2.50"). */
function isClauseEnd(text: string, at: number): boolean {
  const char = text[at];
  return char === '\n' || ((char === '.' || char === ';') && !/\d/.test(text[at + 1] ?? ''));
}

/** Blank out what was found so a shorter pattern does not find it again. */
function mask(text: string, index: number, length: number): string {
  return text.slice(0, index) + ' '.repeat(length) + text.slice(index + length);
}

/** Every pay mention in the text, in reading order. */
export function findPay(text: string): PayMention[] {
  const found: PayMention[] = [];
  for (const match of text.matchAll(UNDISCLOSED)) {
    found.push({ kind: 'undisclosed', text: match[0], index: match.index, basePay: true });
  }
  // Most lines hold no figure at all: skip the figure patterns for them (checks run on every edit).
  if (!/\d/.test(text)) return found;
  let rest = text;
  const push = (mention: Omit<PayMention, 'basePay' | 'unit'>, k: boolean) => {
    const end = mention.index + mention.text.length;
    const unit = periodOf(mention.text, text.slice(end, end + 25), text.slice(Math.max(mention.index - 30, 0), mention.index))
      ?? (k ? 'year' : undefined);
    found.push({ ...mention, ...(unit ? { unit } : {}), basePay: isBasePay(text, mention.index, mention.text.length) });
    rest = mask(rest, mention.index, mention.text.length);
  };
  for (const match of text.matchAll(RANGE)) {
    const [whole, cur1, a, k1, cur2, b, k2, unitAfter] = match;
    const before = text.slice(Math.max(match.index - 30, 0), match.index);
    // Figures without a currency sign count only next to pay words and a unit ("Pay: 28–34 hourly").
    if (!cur1 && !cur2 && !k1 && !k2 && !(unitAfter && PAY_WORDS.test(before))) continue;
    const kAny = Boolean(k1 || k2);
    // "$58–70k": the k on the maximum applies to both figures.
    const min = amount(a, k1 ?? (k2 && !k1 && Number(a) < 1000 ? k2 : undefined));
    const max = amount(b, k2 ?? k1);
    push({ kind: 'range', min, max, text: whole.trim(), index: match.index + (whole.length - whole.trimStart().length) }, kAny);
  }
  for (const match of rest.matchAll(OPEN_BEFORE)) {
    const [whole, word = '', , figure, k] = match;
    const value = amount(figure, k);
    const upTo = new RegExp(`^(?:${UP_TO})$`, 'i').test(word.replace(/\s+/g, ' '));
    push({ kind: upTo ? 'up-to' : 'from', ...(upTo ? { max: value } : { min: value }), text: text.slice(match.index, match.index + whole.length), index: match.index }, Boolean(k));
  }
  for (const match of rest.matchAll(OPEN_AFTER)) {
    const [whole, , figure, k] = match;
    push({ kind: 'from', min: amount(figure, k), text: text.slice(match.index, match.index + whole.length), index: match.index }, Boolean(k));
  }
  for (const match of rest.matchAll(SINGLE)) {
    const [whole, , figure, k] = match;
    const value = amount(figure, k);
    push({ kind: 'single', min: value, max: value, text: text.slice(match.index, match.index + whole.length).trim(), index: match.index }, Boolean(k));
  }
  return found.sort((x, y) => x.index - y.index);
}
