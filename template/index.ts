/** Public API of the template engine: options → tailor() → Posting → render() → string. */
export * from './types';
export { tailor, DEFAULT_SPECIALTY, DEFAULT_SETTING, EMPLOYMENT_TYPE_LABELS } from './tailor';
export { render } from './render';
export { renderHtml, RENDER_HTML_TAGS, escapeHtml } from './render-html';
export { renderText } from './render-text';
export { renderMarkdown, escapeMarkdown } from './render-markdown';
export { sectionHeading } from './sections';
export { SPECIALTIES, getSpecialty, type Specialty, type ContentLine } from './specialties';
export { SETTINGS, getSetting, type Setting } from './settings';
export { JURISDICTIONS, getJurisdiction, type Jurisdiction, type NbcotRule, type CompactStatus } from './jurisdictions';
export { formatPayRange } from './pay';
export { DEFAULT_SUPERVISION } from './seed';
