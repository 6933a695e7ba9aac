/**
 * What a saved preset may contain. Everything read from storage or an import file passes through here,
 * so the limits and the "no markup" rule live in one place. Ids come from `template/types.ts`.
 */
import * as v from 'valibot';
import {
  EMPLOYMENT_TYPES,
  PAY_UNITS,
  PHYSICAL_DEMANDS_WORDINGS,
  SECTION_IDS,
  SETTING_IDS,
  SPECIALTY_IDS,
  STATE_CODES,
  WORDINGS,
  type SectionId,
  type TailorOptions,
} from '../template/types';
import { t, type MessageKey } from '../lib/i18n';
import { MARKUP_PATTERNS } from './policy-rules';

/** Messages are looked up when an issue is reported (lazily), so they follow the browser's language. */
const mustBeText = () => t('schemaMustBeText');
const mustBeBoolean = () => t('schemaMustBeBoolean');
type UnknownKeyMessage = Extract<MessageKey, `schemaUnknown${string}`>;

/** Version of the stored and exported shape. Bump it and add a step in `migrations.ts` when it changes. */
export const SCHEMA_VERSION = 2;

export const NAME_MAX_LENGTH = 80;
export const TEXT_MAX_LENGTH = 2_000;
export const LIST_MAX_ITEMS = 50;
export const ID_MAX_LENGTH = 64;
/** The meta record's order list; well above what sync storage (512 items) could ever hold. */
export const ORDER_MAX_ITEMS = 2_000;

/** What each of `MARKUP_PATTERNS` finds, in the same order, for error messages. */
const MARKUP_LABELS = ['schemaMarkupTag', 'schemaMarkupJavascript', 'schemaMarkupHandler'] as const;

/** Names the first markup in the text (see `MARKUP_PATTERNS`), or null when there is none. */
export function findMarkup(text: string): string | null {
  for (const [index, pattern] of MARKUP_PATTERNS.entries()) {
    const match = pattern.exec(text);
    if (match) return t(MARKUP_LABELS[index] ?? 'schemaMarkupTag', `"${match[0]}"`);
  }
  return null;
}

const noMarkup = v.check(
  (text: string) => findMarkup(text) === null,
  (issue: v.CheckIssue<string>) => t('schemaMarkup', findMarkup(String(issue.input)) ?? ''),
);

const plainText = v.pipe(
  v.string(mustBeText),
  v.maxLength(TEXT_MAX_LENGTH, () => t('schemaTextTooLong', String(TEXT_MAX_LENGTH))),
  noMarkup,
);

const textList = v.pipe(
  v.array(plainText, () => t('schemaMustBeTextList')),
  v.maxLength(LIST_MAX_ITEMS, () => t('schemaListTooLong', String(LIST_MAX_ITEMS))),
);

const amount = v.pipe(
  v.number(() => t('schemaMustBeNumber')),
  v.finite(() => t('schemaMustBeFinite')),
  v.minValue(0, () => t('schemaMustNotBeNegative')),
);

const picklistOf = <const T extends readonly string[]>(ids: T, what: UnknownKeyMessage) =>
  v.picklist(ids, (issue) => t(what, JSON.stringify(issue.input)));

/**
 * Names every plain object inherits (`constructor`, `toString`, `__proto__`, …). Presets are kept in records
 * keyed by id, where such an id would be found on the prototype (or replace it) instead of being a key.
 */
export const RESERVED_PRESET_IDS: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
]);

export const isReservedPresetId = (id: string): boolean => RESERVED_PRESET_IDS.has(id);

export const PresetIdSchema = v.pipe(
  v.string(mustBeText),
  v.regex(/^[A-Za-z0-9_-]+$/, () => t('schemaIdCharacters')),
  v.minLength(1, () => t('schemaMustNotBeEmpty')),
  v.maxLength(ID_MAX_LENGTH, () => t('schemaTextTooLong', String(ID_MAX_LENGTH))),
  v.check(
    (id: string) => !isReservedPresetId(id),
    (issue: v.CheckIssue<string>) => t('schemaIdReserved', JSON.stringify(issue.input)),
  ),
);

export const PresetNameSchema = v.pipe(
  v.string(mustBeText),
  v.trim(),
  v.minLength(1, () => t('schemaMustNotBeEmpty')),
  v.maxLength(NAME_MAX_LENGTH, () => t('schemaTextTooLong', String(NAME_MAX_LENGTH))),
  noMarkup,
);

const sectionEntries = Object.fromEntries(SECTION_IDS.map((id) => [id, v.optional(v.boolean(mustBeBoolean))])) as {
  [K in SectionId]: v.OptionalSchema<v.BooleanSchema<typeof mustBeBoolean>, undefined>;
};

export const TailorOptionsSchema = v.strictObject(
  {
    specialty: v.optional(picklistOf(SPECIALTY_IDS, 'schemaUnknownSpecialty')),
    setting: v.optional(picklistOf(SETTING_IDS, 'schemaUnknownSetting')),
    state: v.optional(picklistOf(STATE_CODES, 'schemaUnknownStateCode')),
    company: v.optional(plainText),
    location: v.optional(plainText),
    employmentType: v.optional(picklistOf(EMPLOYMENT_TYPES, 'schemaUnknownEmploymentType')),
    schedule: v.optional(plainText),
    payMin: v.optional(amount),
    payMax: v.optional(amount),
    payUnit: v.optional(picklistOf(PAY_UNITS, 'schemaUnknownPayUnit')),
    benefits: v.optional(textList),
    supervision: v.optional(plainText),
    howToApply: v.optional(plainText),
    aboutUs: v.optional(plainText),
    eeo: v.optional(v.boolean(mustBeBoolean)),
    extraResponsibilities: v.optional(textList),
    extraRequirements: v.optional(textList),
    dropLines: v.optional(textList),
    sections: v.optional(v.strictObject(sectionEntries, (issue) => unknownKeyMessage(issue, 'schemaUnknownSectionId'))),
    physicalDemands: v.optional(picklistOf(PHYSICAL_DEMANDS_WORDINGS, 'schemaUnknownPhysicalDemands')),
    wording: v.optional(picklistOf(WORDINGS, 'schemaUnknownWording')),
    adaStandHours: v.optional(amount),
    adaLiftPounds: v.optional(amount),
  },
  (issue) => unknownKeyMessage(issue, 'schemaUnknownOption'),
);

function unknownKeyMessage(issue: v.BaseIssue<unknown>, what: UnknownKeyMessage): string {
  if (issue.expected === 'never') return t(what, JSON.stringify(issue.path?.at(-1)?.key));
  return t('schemaMustBeObject', issue.received);
}

const timestamp = amount;

export const PresetSchema = v.strictObject(
  {
    id: PresetIdSchema,
    name: PresetNameSchema,
    options: TailorOptionsSchema,
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  (issue) => unknownKeyMessage(issue, 'schemaUnknownPresetField'),
);

export const PresetSettingsSchema = v.strictObject(
  { defaultPresetId: v.optional(PresetIdSchema) },
  (issue) => unknownKeyMessage(issue, 'schemaUnknownSetting'),
);

/** `presets:meta`: the settings plus what storage needs (version, display order, last change). */
export const PresetsMetaSchema = v.strictObject(
  {
    schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(0)),
    defaultPresetId: v.optional(PresetIdSchema),
    order: v.pipe(v.array(PresetIdSchema), v.maxLength(ORDER_MAX_ITEMS)),
    updatedAt: timestamp,
  },
  (issue) => unknownKeyMessage(issue, 'schemaUnknownMetaField'),
);

export type Preset = Omit<v.InferOutput<typeof PresetSchema>, 'options'> & { options: TailorOptions };
export type PresetSettings = v.InferOutput<typeof PresetSettingsSchema>;
export type PresetsMeta = v.InferOutput<typeof PresetsMetaSchema>;

// The schema must describe exactly `TailorOptions`: a field added there without a schema entry fails here.
type SchemaOptions = v.InferOutput<typeof TailorOptionsSchema>;
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTailorOptions: Exact<Required<SchemaOptions>, Required<TailorOptions>> = true;
void schemaMatchesTailorOptions;

export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

/** "options.company: HTML or script is not allowed…" — the path first, so the user knows which field. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], prefix = '', max = 5): string {
  const lines = issues.slice(0, max).map((issue) => {
    const path = issuePath(issue, prefix);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  if (issues.length > max) lines.push(t('schemaMoreProblems', String(issues.length - max)));
  return lines.join('; ');
}

function issuePath(issue: v.BaseIssue<unknown>, prefix: string): string {
  let path = prefix;
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}

function validateWith<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  prefix: string,
): Validation<T> {
  const result = v.safeParse(schema, input);
  return result.success ? { ok: true, value: result.output } : { ok: false, error: describeIssues(result.issues, prefix) };
}

export const validatePreset = (input: unknown, prefix = ''): Validation<Preset> =>
  validateWith(PresetSchema as v.GenericSchema<unknown, Preset>, input, prefix);

export const validateOptions = (input: unknown, prefix = 'options'): Validation<TailorOptions> =>
  validateWith(TailorOptionsSchema as v.GenericSchema<unknown, TailorOptions>, input, prefix);

export const validateName = (input: unknown, prefix = 'name'): Validation<string> =>
  validateWith(PresetNameSchema, input, prefix);

export const validateMeta = (input: unknown, prefix = ''): Validation<PresetsMeta> =>
  validateWith(PresetsMetaSchema, input, prefix);

export const validateSettings = (input: unknown, prefix = ''): Validation<PresetSettings> =>
  validateWith(PresetSettingsSchema, input, prefix);
