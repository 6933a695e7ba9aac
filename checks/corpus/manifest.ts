/**
 * Recruiter-style postings written for the tests (none is a real employer's). For each: the findings it
 * must produce and those it must not. An entry is a rule id, optionally with the severity in front
 * ("error pay/range-missing@CO"); `quotes` pins what a finding must quote.
 */
export interface CorpusCase {
  file: string;
  must: string[];
  mustNot: string[];
  quotes?: Record<string, string>;
  state?: string;
  location?: string;
}

export const TODAY = '2026-12-03';

export const CORPUS: CorpusCase[] = [
  {
    file: 'co-denver-no-pay.txt',
    must: ['error pay/range-missing@CO', 'error pay/benefits-missing@CO', 'warning pay/application-deadline@CO'],
    mustNot: ['structure/eeo-missing', 'structure/accommodation-missing', 'credentials/cota-without-nbcot'],
  },
  {
    file: 'co-denver-pay.txt',
    must: ['warning pay/application-deadline@CO'],
    mustNot: ['pay/range-missing@CO', 'pay/benefits-missing@CO', 'pay/unit-missing', 'pay/open-ended', 'pay/fixed-amount@CO'],
  },
  {
    file: 'co-boulder-complete.html',
    must: ['info pay/process-note@CO'],
    mustNot: ['pay/range-missing@CO', 'pay/benefits-missing@CO', 'pay/application-deadline@CO', 'structure/eeo-missing',
      'structure/accommodation-missing', 'physical/no-accommodation', 'credentials/cota-without-nbcot', 'structure/requirements-missing'],
  },
  {
    file: 'tx-austin-hand.md',
    must: ['error credentials/cht-not-open-to-ota'],
    quotes: { 'credentials/cht-not-open-to-ota': 'CHT certification required' },
    mustNot: ['pay/unit-missing', 'structure/location-missing', 'structure/responsibilities-missing'],
  },
  {
    file: 'ny-nyc-quill.html',
    must: ['error credentials/otr-not-open-to-ota', 'info pay/process-note@NY'],
    quotes: { 'credentials/otr-not-open-to-ota': 'OTR/L license required' },
    mustNot: ['pay/range-missing@NY', 'pay/range-missing@NYC', 'pay/benefits-missing', 'language/exclusionary-young'],
  },
  {
    file: 'wa-seattle-ckeditor.html',
    must: ['error pay/benefits-missing@WA', 'warning pay/open-ended', 'info structure/accommodation-missing'],
    quotes: { 'pay/open-ended': 'up to $72,000 per year' },
    mustNot: ['pay/range-missing@WA', 'pay/unit-missing'],
  },
  {
    file: 'il-chicago-prosemirror.html',
    must: ['error pay/open-ended@IL'],
    quotes: { 'pay/open-ended@IL': 'Starting at $30/hour' },
    mustNot: ['pay/range-missing@IL', 'pay/benefits-missing@IL', 'structure/requirements-missing'],
  },
  {
    file: 'ca-la-home-health.md',
    must: ['warning language/exclusionary-young', 'warning language/exclusionary-digital-native', 'physical/ca-drivers-license@CA'],
    mustNot: ['pay/range-missing@CA', 'pay/unit-missing', 'physical/driving-not-essential', 'credentials/cota-without-nbcot'],
  },
  {
    file: 'fl-miami-competitive.txt',
    must: ['warning credentials/statutory-title'],
    quotes: { 'credentials/statutory-title': 'OCCUPATIONAL THERAPIST ASSISTANT' },
    mustNot: ['pay/range-missing@FL', 'structure/eeo-missing', 'structure/responsibilities-missing'],
  },
  {
    file: 'mn-minneapolis-usd.txt',
    must: ['info pay/employer-size-assumed'],
    mustNot: ['pay/open-ended@MN', 'pay/range-missing@MN', 'pay/unit-missing', 'structure/responsibilities-missing',
      'structure/requirements-missing', 'warning language/gender-balance'],
  },
  {
    file: 'md-baltimore-single.md',
    must: [],
    mustNot: ['pay/range-missing@MD', 'pay/unit-missing', 'structure/location-missing'],
  },
  {
    file: 'oh-columbus-physical.txt',
    must: ['warning physical/no-accommodation', 'info structure/accommodation-missing'],
    quotes: { 'physical/no-accommodation': 'Must lift 50 lbs and stand for 8 hours without restriction' },
    mustNot: ['structure/eeo-missing'],
  },
  {
    file: 'nj-newark-tinymce.html',
    must: ['warning language/exclusionary-native-speaker', 'warning language/exclusionary-recent-graduate'],
    quotes: { 'language/exclusionary-native-speaker': 'Native English speaker' },
    mustNot: ['pay/range-missing@NJ', 'pay/benefits-missing@NJ'],
  },
  {
    file: 'ga-atlanta-clinical.md',
    must: ['info language/ot-clinical-words'],
    mustNot: ['language/gender-balance'],
  },
  {
    file: 'ga-savannah-masculine.txt',
    must: ['warning language/gender-balance'],
    mustNot: ['language/exclusionary-young'],
  },
  {
    file: 'pa-pittsburgh-degree.md',
    must: ['error credentials/ot-degree-not-ota', 'error credentials/compact-wording'],
    mustNot: ['credentials/ot-degree-unclear'],
  },
  {
    file: 'az-phoenix-ot-role.txt',
    // An occupational therapist's posting may ask for OTR/L and CHT: those rules are for OTA postings.
    must: [],
    mustNot: ['credentials/otr-not-open-to-ota', 'credentials/cht-not-open-to-ota'],
  },
  {
    file: 'nv-reno-supervision.txt',
    must: ['info pay/on-request@NV'],
    mustNot: ['credentials/otr-not-open-to-ota', 'physical/driving-not-essential'],
  },
  {
    file: 'ny-albany-doe.md',
    must: ['error pay/range-missing@NY', 'warning pay/range-missing@ALBANY-COUNTY'],
    quotes: { 'pay/range-missing@NY': 'DOE' },
    mustNot: ['pay/open-ended'],
  },
];
