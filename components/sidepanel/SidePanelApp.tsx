import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Finding } from '../../checks/types';
import { applyOrganizationPolicy } from '../../presets/managed';
import type { Posting, SectionId, TailorOptions } from '../../template/types';
import { BulletListEditor } from './BulletListEditor';
import { ChoiceSelect } from './ChoiceSelect';
import { EmployerFields } from './EmployerFields';
import { FindingsList } from './FindingsList';
import { copyPart } from '../../app/insert-adapter';
import { InsertActions } from '../shared/InsertActions';
import { PageCheck } from '../shared/PageCheck';
import type { PageCheckPort } from '../../app/page-check';
import { LicenseStateInput } from './LicenseStateInput';
import { OrganizationLock } from './OrganizationLock';
import type { ChecksPort, InsertPort, OrganizationView, PresetsPort } from '../../app/ports';
import { PostingPreview } from './PostingPreview';
import { PresetBar } from './PresetBar';
import { SectionToggles } from './SectionToggles';
import { StateFactsCard } from './StateFactsCard';
import { StorageNotices } from '../shared/StorageNotices';
import {
  JURISDICTION_NAMES,
  PREVIEW_TAGS,
  SETTING_CHOICES,
  SPECIALTY_CHOICES,
  factsFor,
  headingOf,
  renderPosting,
  tryBuildPosting,
} from './templateAdapter';
import { TemplateLinesList } from './TemplateLinesList';
import { hasUnsavedChanges, type TailorStore } from '../../app/tailor-state';
import { useTailorState } from './useTailorState';
import { WordingOptions } from './WordingOptions';
import { t } from '../../lib/i18n';

export interface SidePanelAppProps {
  store: TailorStore;
  presets: PresetsPort;
  /** Optional (tests may leave it out): without it the findings card is hidden. */
  checks?: ChecksPort;
  /** Optional (tests may leave it out): without it only Copy is offered. */
  inserter?: InsertPort;
  /** Optional: "Check the page" reads the posting in the job board's form (app/page-check.ts). */
  pageCheck?: PageCheckPort;
}

/** The template's own bullets for a section, whether or not the user dropped them. */
function templateLines(options: TailorOptions, section: SectionId) {
  const { dropLines: _drop, sections: _sections, extraRequirements: _r, extraResponsibilities: _x, ...rest } = options;
  const full = tryBuildPosting(rest);
  if (!full.ok) return [];
  return full.posting.sections.find((s) => s.id === section)?.bullets.filter((line) => line.origin !== 'user') ?? [];
}

const NO_ORGANIZATION: OrganizationView = { presets: [], defaults: {}, lockedFields: [] };

export function SidePanelApp({ store, presets, checks, inserter, pageCheck }: SidePanelAppProps) {
  const state = useTailorState(store);
  const view = presets.useView();
  const organization = view.organization ?? NO_ORGANIZATION;
  const locked = useMemo(() => new Set(organization.lockedFields), [organization.lockedFields]);
  // The posting always follows the organization's policy: blanks take its defaults, locked fields its values.
  const effective = useMemo(
    () => applyOrganizationPolicy(state.options, { defaults: organization.defaults, lockedFields: [...organization.lockedFields] }),
    [state.options, organization.defaults, organization.lockedFields],
  );
  // The form shows what the user typed, except locked fields, which show the value that will be used.
  const options = useMemo(() => {
    if (locked.size === 0) return state.options;
    const shown: Record<string, unknown> = { ...state.options };
    for (const key of locked) shown[key] = effective[key];
    return shown as TailorOptions;
  }, [state.options, effective, locked]);
  const dirty = hasUnsavedChanges(state);
  const outcome = useMemo(() => tryBuildPosting(effective), [effective]);
  // While the options contradict each other the preview keeps the last good posting, and Insert/Copy
  // are blocked (they would otherwise send a posting that no longer matches the form).
  const lastGood = useRef<Posting | null>(null);
  if (outcome.ok) lastGood.current = outcome.posting;
  const posting: Posting = outcome.ok ? outcome.posting : (lastGood.current ?? (tryBuildPosting({}) as { posting: Posting }).posting);
  const blockedReason = outcome.ok ? null : t('fixThisFirst', outcome.error);
  const html = useMemo(() => renderPosting(posting, 'html'), [posting]);
  const findings: Finding[] = useMemo(() => (checks ? checks.run(posting) : []), [checks, posting]);
  const responsibilityLines = useMemo(() => templateLines(options, 'responsibilities'), [options]);
  const requirementLines = useMemo(() => templateLines(options, 'requirements'), [options]);

  // Start from the default preset once presets are loaded, unless the user already began editing.
  const startedFromDefault = useRef(false);
  useEffect(() => {
    if (!view.hydrated || startedFromDefault.current) return;
    startedFromDefault.current = true;
    const current = store.getState();
    if (current.presetId || hasUnsavedChanges(current)) return;
    const preset = [...view.presets, ...organization.presets].find((p) => p.id === view.defaultId);
    if (preset) current.load(preset.options, preset.id);
  }, [view.hydrated, view.defaultId, view.presets, organization.presets, store]);

  const patch = (change: Partial<TailorOptions>) => store.getState().patch(change);
  const sectionsPresent = posting.sections.map((s) => ({ id: s.id, heading: s.heading }));

  return (
    <main class="side-panel">
      <h1>{t('sidePanelHeading')}</h1>
      <StorageNotices notices={view.notices} />
      <PresetBar
        hydrated={view.hydrated}
        presets={view.presets}
        organizationPresets={organization.presets}
        currentId={state.presetId}
        dirty={dirty}
        onPick={(id) => {
          const preset = [...view.presets, ...organization.presets].find((p) => p.id === id);
          if (preset) store.getState().load(preset.options, preset.id);
          else store.getState().load({}, null);
        }}
        onSaveAs={async (name) => {
          const saved = await presets.create(name, store.getState().options);
          store.getState().load(saved.options, saved.id);
        }}
        onUpdate={async () => {
          const { presetId, options: current } = store.getState();
          if (!presetId || organization.presets.some((p) => p.id === presetId)) return;
          const saved = await presets.update(presetId, current);
          // Edits typed while the write was in flight stay unsaved; otherwise adopt the stored form.
          if (store.getState().options === current) store.getState().load(saved.options, saved.id);
          else store.getState().markSavedAs(saved.options, saved.id);
        }}
      />
      <div class="panel-layout">
        <div class="editor">
          <fieldset class="role">
            <legend>{t('roleLegend')}</legend>
            <OrganizationLock locked={locked.has('specialty')}>
              <ChoiceSelect
                label={t('specialtyLabel')}
                value={posting.options.specialty}
                choices={SPECIALTY_CHOICES}
                onChange={(specialty) => patch({ specialty })}
              />
            </OrganizationLock>
            <OrganizationLock locked={locked.has('setting')}>
              <ChoiceSelect
                label={t('settingLabel')}
                value={posting.options.setting}
                choices={SETTING_CHOICES}
                onChange={(setting) => patch({ setting })}
              />
            </OrganizationLock>
            <OrganizationLock locked={locked.has('state')}>
              <LicenseStateInput value={options.state} jurisdictions={JURISDICTION_NAMES} onChange={(state) => patch({ state })} />
            </OrganizationLock>
          </fieldset>
          <StateFactsCard facts={factsFor(options.state)} />
          <EmployerFields options={options} onChange={patch} locked={locked} />
          {Object.keys(organization.defaults).length > 0 && (
            <p class="hint">{t('organizationDefaultsHint')}</p>
          )}
          <WordingOptions options={options} onChange={patch} locked={locked} />
          <details class="group">
            <summary>{t('linesGroupSummary')}</summary>
            <div>
              <OrganizationLock locked={locked.has('dropLines')}>
                <TemplateLinesList
                  label={t('templateResponsibilitiesLabel')}
                  lines={responsibilityLines}
                  dropped={options.dropLines}
                  onChange={(dropLines) => patch({ dropLines })}
                />
              </OrganizationLock>
              <OrganizationLock locked={locked.has('extraResponsibilities')}>
                <BulletListEditor
                  label={t('extraResponsibilitiesLabel')}
                  items={options.extraResponsibilities}
                  onChange={(extraResponsibilities) => patch({ extraResponsibilities })}
                />
              </OrganizationLock>
              <OrganizationLock locked={locked.has('dropLines')}>
                <TemplateLinesList
                  label={t('templateRequirementsLabel')}
                  lines={requirementLines}
                  dropped={options.dropLines}
                  onChange={(dropLines) => patch({ dropLines })}
                />
              </OrganizationLock>
              <OrganizationLock locked={locked.has('extraRequirements')}>
                <BulletListEditor
                  label={t('extraRequirementsLabel')}
                  items={options.extraRequirements}
                  onChange={(extraRequirements) => patch({ extraRequirements })}
                />
              </OrganizationLock>
            </div>
          </details>
          <OrganizationLock locked={locked.has('sections')}>
            <SectionToggles value={options.sections} headingOf={headingOf} onChange={(sections) => patch({ sections })} />
          </OrganizationLock>
        </div>
        <div class="output">
          {checks && (
            <FindingsList findings={findings} onFix={(finding) => finding.fix && patch(checks.applyFix(store.getState().options, finding.fix))} />
          )}
          {blockedReason && (
            <p class="error" role="alert">
              {t('previewPaused')} {blockedReason}
            </p>
          )}
          <PostingPreview html={html} allowedTags={PREVIEW_TAGS} />
          {pageCheck && <PageCheck port={pageCheck} />}
        </div>
      </div>
      {/* Last in the page but pinned to the bottom edge, so Insert stays in reach while editing. */}
      <InsertActions
        sections={sectionsPresent}
        canInsert={inserter !== undefined}
        blockedReason={blockedReason}
        onInsert={(section, insertOptions) => inserter!.insert(posting, section, insertOptions)}
        onFill={() => inserter!.fill(posting)}
        onCopy={(section) => copyPart(posting, section)}
      />
    </main>
  );
}
