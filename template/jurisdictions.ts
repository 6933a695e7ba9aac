/**
 * One row per licensing jurisdiction (50 states, DC, PR, GU, VI): the body that licenses occupational therapy
 * assistants, the protected titles, the NBCOT rule and OT Compact status, each with its public citation, a public
 * URL and the date we last reviewed it (notes: docs/research/licensing-citations.md, kept in step by
 * jurisdictions.test.ts). Confidence L means "verify": such a row names no board and claims no license. A mixed
 * grade is stored as the grade of the fact the posting line relies on (the board name), with the weaker part
 * noted in `titlesVerified` / `nbcot`.
 */
import type { Provenance, StateCode } from './types';

/** What the jurisdiction requires of NBCOT for the first license. */
export type NbcotRule =
  /** Passing the NBCOT COTA exam. */
  | 'exam'
  /** NBCOT exam or another nationally recognized credentialing exam (CA). */
  | 'exam-or-equivalent'
  /** NBCOT certification itself must be evidenced or verified (MT, NM). */
  | 'certification'
  /** The sheet could not confirm whether NBCOT is used (PR). */
  | 'unsure'
  /** No licensing rule found at all (VI). */
  | 'unknown';

export type CompactStatus = 'member' | 'enacted' | 'not-member';

export interface Jurisdiction {
  code: StateCode;
  name: string;
  /** Picker label, e.g. "Texas (TX)". */
  label: string;
  /** The body that licenses OTAs, phrased to follow "from the …"; null where none was found. */
  board: string | null;
  /** False where the sheet has no board or marks the name verify/L: postings then name no board. */
  boardVerified: boolean;
  /** Protected OTA titles confirmed in law; empty where only the default pattern is known. */
  titles: readonly string[];
  titlesVerified: boolean;
  nbcot: NbcotRule;
  nbcotNote: string;
  compact: CompactStatus;
  compactNote: string;
  /** A further licensing step the sheet documents for this jurisdiction, as a requirement line. */
  extraRequirement?: string;
  provenance: Provenance;
}

interface RowInput {
  code: StateCode;
  name: string;
  board: string | null;
  boardVerified?: boolean;
  titles?: readonly string[];
  titlesVerified?: boolean;
  nbcot?: NbcotRule;
  nbcotNote?: string;
  compact: CompactStatus;
  compactNote?: string;
  extraRequirement?: string;
  source: string;
  /** A public https page: the board's site or the statute or rule cited; a licensing directory where none was checked. */
  url: string;
  asOf: string;
  confidence: Provenance['confidence'];
}

/** The date every row below was last re-checked (issue 9). */
export const JURISDICTIONS_REVIEWED = '2026-12-02';

function row(input: RowInput): Jurisdiction {
  const titles = input.titles ?? [];
  return {
    code: input.code,
    name: input.name,
    label: `${input.name} (${input.code})`,
    board: input.board,
    boardVerified: input.boardVerified ?? (input.board !== null && input.confidence !== 'L'),
    titles,
    titlesVerified: input.titlesVerified ?? titles.length > 0,
    nbcot: input.nbcot ?? 'exam',
    nbcotNote: input.nbcotNote ?? 'NBCOT COTA exam pass required for the first license',
    compact: input.compact,
    compactNote: input.compactNote ?? (input.compact === 'member' ? 'OT Compact member' : 'Not an OT Compact member'),
    ...(input.extraRequirement ? { extraRequirement: input.extraRequirement } : {}),
    provenance: { source: input.source, asOf: input.asOf, confidence: input.confidence, url: input.url, reviewed: JURISDICTIONS_REVIEWED },
  };
}

export const JURISDICTIONS: readonly Jurisdiction[] = [
  row({
    code: 'AL', name: 'Alabama', board: 'Alabama State Board of Occupational Therapy',
    titles: ['occupational therapy assistant', 'licensed occupational therapy assistant', 'O.T.A.', 'L.O.T.A.', 'C.O.T.A./L.'],
    nbcotNote: 'Exam (Ala. Code §34-39-8/-9; ACOTE program required)', compact: 'member',
    url: 'https://ot.alabama.gov/',
    source: `Ala. Code §34-39-4, §34-39-8 (ACOTE program and exam); licensureproject.org board list; NBCOT "Occupational Therapist Licensure Regulations by State" (2018-04-10)`,
    asOf: '2021 (§34-39-4); 2018-04-10 (NBCOT)', confidence: 'H',
  }),
  row({
    code: 'AK', name: 'Alaska', board: 'Alaska State Physical Therapy and Occupational Therapy Board',
    nbcotNote: 'Exam (AS 08.84.030)', compact: 'not-member',
    compactNote: 'Not a member (SB 172 / HB 173, 2025–26: enactment not confirmed)',
    url: 'https://licensureproject.org/',
    source: `licensureproject.org; NBCOT 2018 doc; akleg.gov SB172; legiplex HB173`, asOf: '2018 / 2025', confidence: 'M',
  }),
  row({
    code: 'AZ', name: 'Arizona', board: 'Arizona Board of Occupational Therapy Examiners', compact: 'member',
    url: 'https://ot.az.gov/',
    source: `licensureproject.org; ot.az.gov`, asOf: 'crawl', confidence: 'M',
  }),
  row({
    code: 'AR', name: 'Arkansas', board: 'Arkansas State Medical Board (Occupational Therapy Examining Committee)',
    compact: 'member', compactNote: 'OT Compact member (2023)',
    url: 'https://licensureproject.org/',
    source: `licensureproject.org; otplan.com; AOTA 2023 news`, asOf: '2023', confidence: 'M',
  }),
  row({
    code: 'CA', name: 'California', board: 'California Board of Occupational Therapy',
    titles: ['O.T.A.', 'O.T.A./L.', 'C.O.T.A. (with current NBCOT certification)', 'C.O.T.A./L. (with current NBCOT certification)'],
    nbcot: 'exam-or-equivalent', nbcotNote: 'NBCOT or another nationally recognized credentialing exam (B&P §2570.2(e))',
    compact: 'not-member',
    url: 'https://www.bot.ca.gov/',
    source: `Cal. Bus. & Prof. Code §2570.2, §2570.6 (license requirements); 16 CCR §4125; licensureproject.org`, asOf: 'crawl', confidence: 'H',
  }),
  row({
    code: 'CO', name: 'Colorado', board: 'Colorado Office of Occupational Therapy (DORA Division of Professions and Occupations)',
    titles: ['occupational therapy assistant', 'O.T.A.', 'O.T.A./L.', 'C.O.T.A.', 'C.O.T.A./L.'], compact: 'member',
    url: 'https://licensureproject.org/',
    source: `C.R.S. §12-270-105; licensureproject.org`, asOf: '2021-01-21', confidence: 'H',
  }),
  row({
    code: 'CT', name: 'Connecticut', board: 'Connecticut Department of Public Health',
    nbcotNote: 'Exam "prescribed by the commissioner" (C.G.S. §20-74b); title not verified', compact: 'not-member',
    url: 'https://licensureproject.org/',
    source: `C.G.S. §20-74b; licensureproject.org`, asOf: 'crawl', confidence: 'H',
  }),
  row({
    code: 'DE', name: 'Delaware', board: 'Delaware Board of Occupational Therapy Practice',
    compact: 'member', compactNote: 'OT Compact member (2022)',
    url: 'https://licensureproject.org/',
    source: `licensureproject.org; otcompact.org FAQ`, asOf: '2022', confidence: 'M',
  }),
  row({
    code: 'DC', name: 'District of Columbia', board: 'District of Columbia Board of Occupational Therapy',
    compact: 'not-member', compactNote: 'Not a member (2023 bill pending per AOTA)',
    url: 'https://licensureproject.org/',
    source: `licensureproject.org; otplan.com; AOTA 2023 news`, asOf: '2023', confidence: 'M',
  }),
  row({
    code: 'FL', name: 'Florida', board: 'Florida Board of Occupational Therapy Practice',
    titles: [
      'occupational therapy assistant', 'licensed occupational therapy assistant', 'certified occupational therapy assistant',
      'O.T.A.', 'L.O.T.A.', 'C.O.T.A.',
    ],
    compact: 'not-member', compactNote: 'Not a member (SB 1010 / HB 909 of 2025: enactment not confirmed)',
    url: 'https://floridasoccupationaltherapy.gov/licensing/occupational-therapy-assistant',
    source: `Fla. Stat. ch. 468, part III (§468.215 titles, as quoted by AOTA); Fla. Admin. Code r. 64B11; floridasoccupationaltherapy.gov OTA licensing page; flsenate.gov SB1010`,
    asOf: '2008 (titles); 2025 (bills)', confidence: 'M',
  }),
  row({
    code: 'GA', name: 'Georgia', board: 'Georgia State Board of Occupational Therapy', compact: 'member',
    url: 'https://licensureproject.org/',
    source: `licensureproject.org; otcompact.org FAQ 2022`, asOf: '2022', confidence: 'M',
  }),
  row({
    code: 'HI', name: 'Hawaii', board: 'Hawaii Department of Commerce and Consumer Affairs (Occupational Therapy Program)',
    titles: ['licensed occupational therapy assistant'],
    nbcotNote: 'NBCOT education and fieldwork and NBCOT exam pass (HRS §457G-2.6(b)); OTAs licensed since 2017-01-01',
    compact: 'not-member',
    url: 'https://licensureproject.org/',
    source: `HRS §457G-2.6; licensureproject.org`, asOf: '2017', confidence: 'H',
  }),
  row({
    code: 'ID', name: 'Idaho', board: 'Idaho Occupational Therapy Licensure Board (Division of Occupational and Professional Licenses)',
    compact: 'not-member', url: 'https://licensureproject.org/', source: `kidstherapyfinder.com; licensureproject.org`, asOf: 'crawl', confidence: 'M',
  }),
  row({
    code: 'IL', name: 'Illinois', board: 'Illinois Department of Financial and Professional Regulation (Occupational Therapy Board)',
    compact: 'not-member', compactNote: 'Not a member (pending 2022)',
    url: 'https://www.ilga.gov/commission/jcar/admincode/068/06801315sections.html',
    source: `Illinois Occupational Therapy Practice Act (225 ILCS 75); 68 Ill. Adm. Code 1315; licensureproject.org; otcompact.org FAQ 2022`, asOf: '2022', confidence: 'M',
  }),
  row({
    code: 'IN', name: 'Indiana', board: 'Indiana Occupational Therapy Committee (Professional Licensing Agency)',
    compact: 'member', compactNote: 'OT Compact member (2023)',
    url: 'https://licensureproject.org/',
    source: `licensureproject.org; kidstherapyfinder; AOTA 2023 news`, asOf: '2023', confidence: 'M',
  }),
  row({
    code: 'IA', name: 'Iowa', board: 'Iowa Board of Physical and Occupational Therapy', compact: 'member',
    nbcotNote: 'Exam (ACOTE + NBCOT per a secondary source)',
    url: 'https://licensureproject.org/',
    source: `licensureproject.org; occupationaltherapyschoolsite.com`, asOf: 'crawl', confidence: 'M',
  }),
  row({
    code: 'KS', name: 'Kansas', board: 'Kansas State Board of Healing Arts', titles: ['occupational therapy assistant'],
    nbcotNote: 'Exam (K.S.A. 65-5406(a)(3), 65-5407)', compact: 'enacted',
    compactNote: 'Enacted 2026 (HB 2533, Kansas Register 2026-05-07); not yet listed by the Compact Commission',
    url: 'https://www.ksbha.org/',
    source: `ksbha OT Practice Act; K.S.A. 65-5406; Kansas Register vol. 45 no. 19`,
    asOf: '2025-01-01 / 2026-05-07', confidence: 'H',
  }),
  row({
    code: 'KY', name: 'Kentucky', board: 'Kentucky Board of Licensure for Occupational Therapy', compact: 'member',
    url: 'https://licensureproject.org/',
    source: `licensureproject.org`, asOf: 'crawl', confidence: 'M',
  }),
  row({
    code: 'LA', name: 'Louisiana', board: 'Louisiana State Board of Medical Examiners',
    titles: [
      'occupational therapy assistant', 'licensed certified occupational therapy assistant',
      'certified occupational therapy assistant', 'OTA', 'LOTA', 'LCOTA', 'COTA',
    ],
    nbcotNote: 'Exam (La. R.S. 37:3003 defines the OTA by COTA certification)',
    compact: 'member', compactNote: 'OT Compact member (2023)',
    url: 'https://licensureproject.org/',
    source: `La. R.S. 37:3014; licensureproject.org; AOTA 2023 news`, asOf: 'crawl / 2023', confidence: 'H',
  }),
  row({
    code: 'ME', name: 'Maine', board: 'Maine Board of Occupational Therapy Practice', compact: 'member',
    url: 'https://licensureproject.org/',
    source: `licensureproject.org`, asOf: 'crawl', confidence: 'M',
  }),
  row({
    code: 'MD', name: 'Maryland', board: 'Maryland Board of Occupational Therapy Practice',
    nbcotNote: 'NBCOT verification required; temporary license while awaiting the exam', compact: 'member',
    url: 'https://health.maryland.gov/botp/Pages/board_information.aspx',
    source: `Md. Code, Health Occ. §10-302 (qualifications incl. the NBCOT exam), §10-3A-01 (Compact); health.maryland.gov/botp`, asOf: 'crawl', confidence: 'H',
  }),
  row({
    code: 'MA', name: 'Massachusetts', board: 'Massachusetts Board of Registration in Allied Health Professions',
    titles: ['C.O.T.A.', 'OTA'], compact: 'not-member', compactNote: 'Not a member (bills H352 of 2023, etc.)',
    url: 'https://licensureproject.org/',
    source: `M.G.L. c.13 §11A; 2021 State House News report (DPH administration, M); maot.org`,
    asOf: '2024-11', confidence: 'H',
  }),
  row({
    code: 'MI', name: 'Michigan', board: 'Michigan Board of Occupational Therapists',
    titles: ['occupational therapy assistant', 'o.t.a.', 'o.t.a.l.', 'c.o.t.a.', 'c.o.t.a.l.'],
    compact: 'not-member', compactNote: 'Not a member (pending 2023)',
    url: 'https://licensureproject.org/',
    source: `LARA final rules filed 2026-03-19; MCL 333.18303; R 338.1236`, asOf: '2026-03', confidence: 'H',
  }),
  row({
    code: 'MN', name: 'Minnesota', board: 'Minnesota Board of Occupational Therapy Practice',
    compact: 'member', compactNote: 'OT Compact member (2024; Minn. Stat. §148.645)',
    url: 'https://mn.gov/boards/occupational-therapy/',
    source: `mn.gov/boards/occupational-therapy; revisor.mn.gov SF 2571`, asOf: '2024–2025', confidence: 'M',
  }),
  row({
    code: 'MS', name: 'Mississippi', board: 'Mississippi State Department of Health (Professional Licensure)',
    compact: 'member', compactNote: 'OT Compact member (2023)',
    url: 'https://licensureproject.org/',
    source: `MSDH Regs Title 15 Pt 19 Subpt 60 Ch 8; kidstherapyfinder`, asOf: '2023-02', confidence: 'M',
  }),
  row({
    code: 'MO', name: 'Missouri', board: 'Missouri Board of Occupational Therapy (Division of Professional Registration)',
    compact: 'member', url: 'https://licensureproject.org/', source: `kidstherapyfinder.com; occupationaltherapyschoolsite`, asOf: 'crawl', confidence: 'M',
  }),
  row({
    code: 'MT', name: 'Montana', board: 'Montana Board of Occupational Therapy Practice',
    nbcot: 'certification', nbcotNote: 'Evidence of NBCOT certification plus board exam (MCA 37-24-303(1)(c)-(d))',
    compact: 'member', compactNote: 'OT Compact member (2023)',
    url: 'https://licensureproject.org/',
    source: `MCA 37-24-303; AOTA 2023 news`, asOf: 'crawl', confidence: 'H',
  }),
  row({
    code: 'NE', name: 'Nebraska', board: 'Nebraska Department of Health and Human Services (Licensure Unit)',
    nbcotNote: 'Exam (Neb. Rev. Stat. §38-2519(1)(c), §38-2520)', compact: 'member',
    url: 'https://dhhs.ne.gov/',
    source: `Neb. Rev. Stat. §38-2519; dhhs.ne.gov OT page`, asOf: '2025-12', confidence: 'H',
  }),
  row({
    code: 'NV', name: 'Nevada', board: 'Nevada Board of Occupational Therapy',
    compact: 'not-member', compactNote: 'Not a member (AB 106 of 2025: enactment not confirmed)',
    url: 'https://licensureproject.org/',
    source: `legiplex NV AB106 digest; NRS 640A.140`, asOf: '2025', confidence: 'M',
  }),
  row({
    code: 'NH', name: 'New Hampshire',
    board: 'New Hampshire Occupational Therapy Governing Board (Office of Professional Licensure and Certification)',
    compact: 'member', url: 'https://www.oplc.nh.gov/', source: `oplc.nh.gov; RSA 326-C`, asOf: '2024-07', confidence: 'H',
  }),
  row({
    code: 'NJ', name: 'New Jersey', board: 'New Jersey Occupational Therapy Advisory Council (Division of Consumer Affairs)',
    compact: 'not-member', url: 'https://licensureproject.org/', source: `N.J.A.C. 13:44K-9.1`, asOf: '2025-01', confidence: 'H',
  }),
  row({
    code: 'NM', name: 'New Mexico', board: 'New Mexico Board of Examiners for Occupational Therapy',
    nbcot: 'certification', nbcotNote: 'NBCOT verification required regardless of where licensed; no reciprocity',
    compact: 'not-member', compactNote: 'Not a member (2023 bill failed)',
    url: 'https://www.rld.nm.gov/boards-and-commissions/individual-boards-and-commissions/occupational-therapy/ot-faqs/',
    source: `New Mexico Regulation and Licensing Department, Board of Examiners for Occupational Therapy FAQs (NBCOT verification regardless of where licensed); AOTA 2023 news`, asOf: 'crawl / 2023', confidence: 'H',
  }),
  row({
    code: 'NY', name: 'New York', board: 'New York State Education Department (Office of the Professions)',
    titles: ['OTA', 'COTA (with current NBCOT certification)'],
    nbcotNote: 'Exam pass; current NBCOT certification not needed to practise', compact: 'not-member',
    compactNote: 'Not a member (pending 2022)',
    url: 'https://codes.findlaw.com/ny/education-law/edn-sect-7904-a/',
    source: `N.Y. Educ. Law §7902-a (title), §7904-a (OTA license requirements, incl. an examination acceptable to the department); op.nysed.gov license requirements page; otcompact FAQ 2022`, asOf: 'crawl / 2022', confidence: 'H',
  }),
  row({
    code: 'NC', name: 'North Carolina', board: 'North Carolina Board of Occupational Therapy', titles: ['OTA/L'],
    compact: 'member',
    extraRequirement: 'Passing score on the North Carolina Board of Occupational Therapy jurisprudence exam (required for the North Carolina license)',
    url: 'https://ncbot.org/',
    source: `G.S. 90-270.67; 21 NCAC 38 .0201(a)(5) (application: NBCOT exam and a Board jurisprudence exam); ncbot.org (title M)`,
    asOf: '2024-11', confidence: 'H',
  }),
  row({
    code: 'ND', name: 'North Dakota', board: 'North Dakota Board of Occupational Therapy Practice',
    titles: ['occupational therapy assistant', 'OTA/L'], compact: 'member',
    compactNote: 'OT Compact member (SB 2146, enrolled 2025-04-01)',
    url: 'https://www.ndotboard.com/',
    source: `NDCC 43-40; ndotboard.com; legiplex ND SB2146`, asOf: 'crawl', confidence: 'H',
  }),
  row({
    code: 'OH', name: 'Ohio',
    board: 'Ohio Occupational Therapy, Physical Therapy, and Athletic Trainers Board (Occupational Therapy Section)',
    compact: 'member', url: 'https://otptat.ohio.gov/', source: `Ohio Rev. Code §4755.08; otptat.ohio.gov`, asOf: 'crawl', confidence: 'H',
  }),
  row({
    code: 'OK', name: 'Oklahoma', board: 'Oklahoma State Board of Medical Licensure and Supervision', compact: 'not-member',
    compactNote: 'Not a member (2026 bill, effective 2026-11-01 if enacted: enactment not confirmed)',
    url: 'https://www.okmedicalboard.org/',
    source: `okmedicalboard.org; OAC 435:30; 59 O.S. §888.3`, asOf: '2024-09', confidence: 'H',
  }),
  row({
    code: 'OR', name: 'Oregon', board: 'Oregon Occupational Therapy Licensing Board',
    compact: 'not-member', compactNote: 'Not a member (2023 bill failed)',
    url: 'https://licensureproject.org/',
    source: `digital.osl.state.or.us board description; AOTA 2023 news`, asOf: 'crawl / 2023', confidence: 'M',
  }),
  row({
    code: 'PA', name: 'Pennsylvania', board: 'Pennsylvania State Board of Occupational Therapy Education and Licensure',
    compact: 'not-member', compactNote: 'Not a member (pending 2022–23)',
    url: 'https://www.pa.gov/agencies/dos/department-and-offices/bpoa/boards-commissions/occupational-therapy.html',
    source: `63 P.S. §1503 (Occupational Therapy Practice Act, Act 140 of 1982); pa.gov board page (2024-12-17)`, asOf: '2024-12-17', confidence: 'H',
  }),
  row({
    code: 'RI', name: 'Rhode Island', board: 'Rhode Island Board of Occupational Therapy (Department of Health)',
    titles: ['OTA', 'graduate occupational therapy assistant'], nbcotNote: 'Exam (R.I.G.L. §5-40.1-10)',
    compact: 'member', compactNote: 'OT Compact member (P.L. 2024 ch. 266/267, enacted 2024-06-25)',
    url: 'https://licensureproject.org/',
    source: `rilegislature.gov law24266 / law24267; R.I.G.L. 5-40.1`, asOf: '2024-06-25', confidence: 'H',
  }),
  row({
    code: 'SC', name: 'South Carolina',
    board: 'South Carolina Board of Occupational Therapy (Department of Labor, Licensing and Regulation)',
    compact: 'member', compactNote: 'OT Compact member (signed 2022-05-13)',
    url: 'https://licensureproject.org/',
    source: `S.C. Code ch. 40-36 (titles L)`, asOf: '2024', confidence: 'H',
  }),
  row({
    code: 'SD', name: 'South Dakota', board: 'South Dakota Board of Medical and Osteopathic Examiners',
    compact: 'member', compactNote: 'OT Compact member (SL 2023 ch. 139; SDCL 36-31A)',
    url: 'https://licensureproject.org/',
    source: `sdlegislature.gov 36-31A-2; occupationaltherapyschoolsite`, asOf: '2023', confidence: 'M',
  }),
  row({
    code: 'TN', name: 'Tennessee', board: 'Tennessee Board of Occupational Therapy',
    titles: ['OTA', 'OTA/L', 'COTA', 'licensed occupational therapy assistant', 'certified occupational therapy assistant'],
    compact: 'member', url: 'https://licensureproject.org/', source: `tn.gov; TCA 63-13-211`, asOf: '2024-12', confidence: 'H',
  }),
  row({
    code: 'TX', name: 'Texas', board: 'Texas Board of Occupational Therapy Examiners',
    // Board name is H; the OTA/COTA title rule is by analogy only (M), so titles stay unverified.
    titles: ['occupational therapy assistant'], titlesVerified: false,
    nbcotNote: 'Exam plus the Texas jurisprudence exam (40 TAC §364.1(a)(3))', compact: 'not-member',
    compactNote: 'Not a member (HB 932 of 2025 failed)',
    extraRequirement: 'Passing score on the Texas jurisprudence exam (required for the Texas license)',
    url: 'https://ptot.texas.gov/ot-application/',
    source: `Tex. Occ. Code §454.002; 40 TAC §364.1(a)(3) (jurisprudence exam; Texas Board of Occupational Therapy Examiners rules, via Cornell LII and ptot.texas.gov); tota.org`, asOf: '2025', confidence: 'H',
  }),
  row({
    code: 'UT', name: 'Utah', board: 'Utah Division of Professional Licensing (DOPL)',
    compact: 'member', compactNote: 'OT Compact member (2021)',
    url: 'https://licensureproject.org/',
    source: `Utah Code 58-24b-201 / 58-42a-102 (Board of Occupational Therapy replaced from 2026-05-06)`,
    asOf: '2026-05', confidence: 'M',
  }),
  row({
    code: 'VT', name: 'Vermont', board: 'Vermont Office of Professional Regulation', titles: ['occupational therapy assistant'],
    compact: 'member', compactNote: 'OT Compact member (26 V.S.A. ch. 71 subch. 2, 2024 session)',
    url: 'https://licensureproject.org/',
    source: `26 V.S.A. ch. 71 (§§3351, 3367, 3369)`, asOf: '2024', confidence: 'H',
  }),
  row({
    code: 'VA', name: 'Virginia', board: 'Virginia Board of Medicine', titles: ['occupational therapy assistant', 'O.T.A.-Applicant'],
    nbcotNote: 'Passage of the NBCOT national examination (18VAC85-80-10, -35, -50)', compact: 'member',
    url: 'https://www.dhp.virginia.gov/',
    source: `dhp.virginia.gov; Va. Code 54.1-2956.1; 18VAC85-80`, asOf: '2025-05', confidence: 'H',
  }),
  row({
    code: 'WA', name: 'Washington', board: 'Washington State Department of Health (Occupational Therapy Practice Board)',
    compact: 'member', url: 'https://doh.wa.gov/', source: `doh.wa.gov OT Compact page; kidstherapyfinder`, asOf: '2022', confidence: 'M',
  }),
  row({
    code: 'WV', name: 'West Virginia', board: 'West Virginia Board of Occupational Therapy',
    titles: ['occupational therapy assistant'], compact: 'member',
    compactNote: 'OT Compact member (W. Va. Code ch. 30 art. 28A)',
    url: 'https://wvbot.org/',
    source: `wvbot.org; W. Va. Code 30-28-3, 30-28A-1`, asOf: '2023', confidence: 'H',
  }),
  row({
    code: 'WI', name: 'Wisconsin', board: 'Wisconsin Occupational Therapists Affiliated Credentialing Board',
    titles: ['O.T.A.', 'C.O.T.A.'], compact: 'member',
    url: 'https://dsps.wi.gov/',
    source: `dsps.wi.gov; Wis. Stat. §15.406(5), §448.961`, asOf: 'crawl', confidence: 'H',
  }),
  row({
    code: 'WY', name: 'Wyoming', board: 'Wyoming Board of Occupational Therapy',
    nbcotNote: 'NBCOT exam only; official NBCOT score report required', compact: 'member',
    compactNote: 'OT Compact member (HB117 passed 2022-03-11)',
    url: 'https://occupationaltherapy.wyo.gov/',
    source: `occupationaltherapy.wyo.gov FAQ; militaryonesource WY HB117`, asOf: '2025', confidence: 'H',
  }),
  row({
    code: 'PR', name: 'Puerto Rico', board: 'Junta Examinadora de Terapia Ocupacional de Puerto Rico',
    titles: ['asistente en terapia ocupacional', 'asistente certificado en terapia ocupacional'],
    nbcot: 'unsure', nbcotNote: 'Unsure: the Junta gives its own exam (20 L.P.R.A. §1034(2)); NBCOT use not confirmed',
    compact: 'not-member',
    url: 'https://licensureproject.org/',
    source: `lexjuris.com Ley 137; 20 LPRA §§1031, 1034 (board H, NBCOT L)`, asOf: 'crawl', confidence: 'H',
  }),
  row({
    code: 'GU', name: 'Guam', board: 'Guam Board of Allied Health Examiners', titles: ['OTA', 'COTA'], titlesVerified: false,
    nbcotNote: 'NBCOT-based (10 GCA ch. 12 art. 14 refers to the NBCOT exam)', compact: 'not-member',
    url: 'https://guamhplo.org/gbahe/faqs',
    source: `guamhplo.org/gbahe/faqs; 10 GCA art. 14`, asOf: '2023-06-21', confidence: 'M',
  }),
  row({
    code: 'VI', name: 'U.S. Virgin Islands', board: null, nbcot: 'unknown',
    nbcotNote: 'No OT/OTA licensing rule found', compact: 'not-member',
    url: 'https://licensureproject.org/',
    source: `no OT/OTA licensing board found (doh.vi.gov; aota.org)`, asOf: 'undated', confidence: 'L',
  }),
];

const BY_CODE = new Map<string, Jurisdiction>(JURISDICTIONS.map((jurisdiction) => [jurisdiction.code, jurisdiction]));

/** Case-insensitive lookup; undefined for an unknown code. */
export function getJurisdiction(code: string): Jurisdiction | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

/** Provenance of the compact lines: member list and privilege status. */
export const COMPACT_PROVENANCE: Provenance = {
  source:
    'Occupational Therapy Licensure Compact Commission, otcompact.gov ("not yet issuing compact privileges", updated Sept 2025); member list in the Commission\'s CompactConnect repository (csg-org/CompactConnect, 2025-06-10, unchanged 2026-08-07); a 2026 third-party report (otindex.com) that some privileges are now issued is unconfirmed',
  asOf: '2025-09',
  confidence: 'H',
  url: 'https://otcompact.gov/',
  reviewed: JURISDICTIONS_REVIEWED,
};
export const KANSAS_COMPACT_PROVENANCE: Provenance = {
  // Only one source (the Kansas Register) confirms HB 2533, so it is not graded H here.
  source:
    'Kansas Register vol. 45 no. 19 (HB 2533, 2026), no second source; not yet in the Compact Commission\'s CompactConnect member list; otcompact.gov (Sept 2025); a 2026 report of privileges being issued is unconfirmed',
  asOf: '2026-05-07',
  confidence: 'M',
  url: 'https://otcompact.gov/',
  reviewed: JURISDICTIONS_REVIEWED,
};
export const NBCOT_PROVENANCE: Provenance = {
  source: 'NBCOT "State Regulation Overview" (every state regulator recognizes the NBCOT exam); AOTA licensure page; 16 CCR §4125 (CA); N.Y. Educ. Law §7904-a (NY)',
  asOf: '~2025',
  confidence: 'M',
  url: 'https://www.nbcot.org/',
  reviewed: JURISDICTIONS_REVIEWED,
};
