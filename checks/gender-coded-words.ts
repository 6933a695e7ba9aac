/**
 * Gender-coded word stems from Gaucher, Friesen & Kay (2011), "Evidence that gendered wording in job
 * advertisements exists and sustains gender inequality", JPSP 101(1):109–128, doi:10.1037/a0022530,
 * in the form published by the Gender Decoder (Kat Matfield; lovedaybrooke/gender-decoder,
 * app/wordlists/en.py, MIT License © 2016 lovedaybrooke — see NOTICE). Stems match word beginnings.
 */
export const GENDER_CODED_SOURCE =
  'Gaucher, Friesen & Kay (2011), JPSP 101(1):109–128; stem list from the Gender Decoder by Kat Matfield (lovedaybrooke/gender-decoder, MIT)';
export const GENDER_CODED_AS_OF = '2011';

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

/**
 * Stems that OT postings use in a clinical sense ("ADL independence", "support clients", "children",
 * "collaborate with the OT", "responsibilities", "individualized plans"). They are reported but kept out
 * of the balance, so a normal OTA posting is not scored as coded for its clinical vocabulary.
 */
export const OT_NATURAL_STEMS: ReadonlySet<string> = new Set([
  'independen', 'individual', 'support', 'child', 'collab', 'respon', 'depend',
]);
