/**
 * Gender-coded word stems, each credited to where it really comes from:
 * - the agentic (masculine) and communal (feminine) word list in Appendix A of Gaucher, Friesen & Kay (2011),
 *   "Evidence that gendered wording in job advertisements exists and sustains gender inequality",
 *   JPSP 101(1):109–128, doi:10.1037/a0022530;
 * - 13 stems the Gender Decoder by Kat Matfield added to that list (lovedaybrooke/gender-decoder,
 *   app/wordlists.py on master, MIT License © 2016 lovedaybrooke — see NOTICE).
 * Stems match word beginnings, as in both sources. Only the word list is used; no code was copied.
 */
export const MASCULINE_CODED_STEMS = [
  'active', 'adventurous', 'aggress', 'ambitio', 'analy', 'assert', 'athlet', 'autonom', 'battle', 'boast',
  'challeng', 'champion', 'compet', 'confident', 'courag', 'decid', 'decision', 'decisive', 'defend', 'determin',
  'domina', 'dominant', 'driven', 'fearless', 'fight', 'force', 'greedy', 'head-strong', 'headstrong', 'hierarch',
  'hostil', 'impulsive', 'independen', 'individual', 'intellect', 'lead', 'logic', 'objective', 'opinion',
  'outspoken', 'persist', 'principle', 'reckless', 'self-confiden', 'self-relian', 'self-sufficien', 'selfconfiden',
  'selfrelian', 'selfsufficien', 'stubborn', 'superior', 'unreasonab',
] as const;

export const FEMININE_CODED_STEMS = [
  'agree', 'affectionate', 'child', 'cheer', 'collab', 'commit', 'communal', 'compassion', 'connect', 'considerate',
  'cooperat', 'co-operat', 'depend', 'emotiona', 'empath', 'feel', 'flatterable', 'gentle', 'honest', 'interpersonal',
  'interdependen', 'interpersona', 'inter-personal', 'inter-dependen', 'inter-persona', 'kind', 'kinship', 'loyal',
  'modesty', 'nag', 'nurtur', 'pleasant', 'polite', 'quiet', 'respon', 'sensitiv', 'submissive', 'support',
  'sympath', 'tender', 'together', 'trust', 'understand', 'warm', 'whin', 'enthusias', 'inclusive', 'yield',
  'share', 'sharin',
] as const;

export type CodedStem = (typeof MASCULINE_CODED_STEMS)[number] | (typeof FEMININE_CODED_STEMS)[number];

/** Stems that are not in the paper's Appendix A: the Gender Decoder added them. */
export const GENDER_DECODER_ADDITIONS: ReadonlySet<CodedStem> = new Set<CodedStem>([
  'battle', 'champion', 'defend', 'driven', 'fearless', 'fight', 'unreasonab',
  'agree', 'collab', 'enthusias', 'inclusive', 'share', 'sharin',
]);

export type StemOrigin = 'gaucher-friesen-kay-2011' | 'gender-decoder';

export function stemOrigin(stem: CodedStem): StemOrigin {
  return GENDER_DECODER_ADDITIONS.has(stem) ? 'gender-decoder' : 'gaucher-friesen-kay-2011';
}

/** Words that start with a stem but are not coded (the Gender Decoder's own exception list). */
export const NON_CODED_WORDS: ReadonlySet<string> = new Set(['sharepoint']);

/**
 * Stems that OT postings use in a clinical sense wherever they appear ("ADL independence", "support clients",
 * "children", "collaborate with the OT", "responsibilities", "individualized plans"). They are reported but
 * kept out of the balance, so a normal OTA posting is not scored as coded for its clinical vocabulary.
 */
export const OT_NATURAL_STEMS: ReadonlySet<CodedStem> = new Set<CodedStem>([
  'independen', 'individual', 'support', 'child', 'collab', 'respon', 'depend',
]);

/**
 * Clinical phrases in which a coded stem carries a technical meaning. Only the phrase is excluded, never the
 * word everywhere: "active range of motion" does not count, "an active, competitive team" still does.
 * Collected from OTA postings and the profession's vocabulary (AOTA practice framework, payer terms).
 */
export const OT_CLINICAL_PHRASES: readonly { label: string; pattern: RegExp }[] = [
  { label: 'active range of motion', pattern: /\b(?:active(?:[\s-]assist(?:ive|ed))?|passive)[\s-]+range[\s-]+of[\s-]+motion\b/gi },
  { label: 'AROM / PROM / A-AROM', pattern: /\b(?:A-?A?ROM|PROM)\b/g },
  { label: 'active treatment', pattern: /\bactive\s+(?:treatment|therapy|participation\s+in\s+therapy)\b/gi },
  // "Active Texas occupational therapy assistant license": the license's status, not a trait.
  {
    label: 'active license',
    pattern: /\bactive(?=\s+(?:[\w®’'.-]+\s+){0,6}?(?:licen[cs]e|licensure|certification|registration|credential)s?\b)/gi,
  },
  { label: 'dominant hand', pattern: /\b(?:non-?)?dominant\s+(?:hand|arm|side|upper\s+(?:extremity|limb)|extremity)\b|\bhand\s+dominance\b/gi },
  { label: 'objective measures', pattern: /\bobjective\s+(?:measures?|measurements?|data|findings|tests?|testing|assessments?|outcomes?)\b/gi },
  {
    label: 'task analysis',
    pattern: /\b(?:task|activity|occupational|movement|gait)\s+analys[ie]s\b|\banaly(?:sis|ze|zes|zing|se|ses|sing)\s+(?:of\s+)?(?:occupational\s+performance|tasks?|activit(?:y|ies))\b/gi,
  },
  { label: 'competency', pattern: /\bcompetenc(?:y|ies)\b/gi },
  { label: 'share observations', pattern: /\bshar(?:e|es|ing)\s+(?:your\s+|clinical\s+)?(?:observations?|findings|progress|data|information|updates|concerns)\b/gi },
  { label: 'independent living skills', pattern: /\bindependent\s+living(?:\s+skills)?\b|\b(?:functional|ADL|IADL)\s+independence\b/gi },
  { label: 'challenging behaviors', pattern: /\bchalleng(?:ing|es)?\s+behaviou?rs?\b/gi },
  { label: 'aggressive behaviors', pattern: /\baggress(?:ive|ion)\s+(?:behaviou?rs?|management)\b/gi },
  { label: 'clinical decision-making', pattern: /\bclinical\s+decision[\s-]making\b/gi },
  { label: 'lead therapeutic groups', pattern: /\blead(?:s|ing)?\s+(?:(?:therapeutic|treatment|therapy)\s+)?groups?\b/gi },
  { label: 'grip force', pattern: /\b(?:grip|pinch)\s+force\b/gi },
  { label: 'emotional regulation', pattern: /\b(?:social[\s-])?emotional\s+(?:regulation|development|skills)\b/gi },
  {
    label: 'occupational therapy principles',
    pattern: /\b(?:occupational\s+therapy|therapeutic|treatment|infection[\s-]control|body\s+mechanics|ergonomic)\s+principles\b/gi,
  },
];
