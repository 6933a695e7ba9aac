/**
 * Equal-opportunity wording (fact sheet §5c): an EEO line with protected classes matching federal law,
 * the VEVRAA/§503 consideration sentence, and an accommodation offer for applicants.
 */
export function eeoParagraphs(company: string | undefined): string[] {
  const employer = company ? `${company} is` : 'We are';
  return [
    `${employer} an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex (including pregnancy), sexual orientation, gender identity, national origin, age, disability, genetic information, protected veteran status, or any other characteristic protected by federal, state or local law.`,
    'If you need a reasonable accommodation at any stage of the application process, please let us know.',
  ];
}
