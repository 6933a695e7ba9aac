import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Finding } from '../../checks/types';
import { applyOrganizationPolicy } from '../../presets/managed';
import type { Posting, TailorOptions } from '../../template/types';
import { copyPart } from '../../app/insert-adapter';
import type { PageCheckPort } from '../../app/ports';
import type { ChecksPort, InsertPort, OrganizationView, PresetsPort } from '../../app/ports';
import { hasUnsavedChanges, type TailorStore } from '../../app/tailor-state';
import { t } from '../../lib/i18n';
import { InsertActions } from '../common/InsertActions';
import { PageCheck } from '../common/PageCheck';
import { StorageNotices } from '../common/StorageNotices';
import { EditorGroups } from './EditorGroups';
import { FindingsList } from './FindingsList';
import { FindingsSummary } from './FindingsSummary';
import { PostingPreview } from './PostingPreview';
import { PresetBar } from './PresetBar';
import { RoleChoices } from './RoleChoices';
import { StateFactsCard } from './StateFactsCard';
import { PREVIEW_TAGS, factsFor, renderPosting, tryBuildPosting } from './templateAdapter';
import { useTailorState } from './useTailorState';

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

/** The findings card's id: the summary line near the top jumps there. */
const FINDINGS_ID = 'findings';

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
      <header class="panel-head">
        <h1>{t('sidePanelHeading')}</h1>
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
      </header>
      <StorageNotices notices={view.notices} />
      {/* One column at panel width, two on a wide window (ui.css places these by grid area). */}
      <div class="panel-layout">
        <RoleChoices
          specialty={posting.options.specialty}
          setting={posting.options.setting}
          state={options.state}
          locked={locked}
          onChange={patch}
        />
        <div class="panel-status">
          {checks && <FindingsSummary findings={findings} targetId={FINDINGS_ID} />}
          {/* Reads the posting already on the job board; beside the summary so both kinds of findings sit together. */}
          {pageCheck && <PageCheck port={pageCheck} context={options.state ? { fallbackState: options.state } : {}} />}
          {blockedReason && (
            <p class="error" role="alert">
              {t('previewPaused')} {blockedReason}
            </p>
          )}
        </div>
        <PostingPreview html={html} allowedTags={PREVIEW_TAGS} />
        <StateFactsCard facts={factsFor(options.state)} />
        {checks && (
          <FindingsList
            id={FINDINGS_ID}
            findings={findings}
            onFix={(finding) => finding.fix && patch(checks.applyFix(store.getState().options, finding.fix))}
          />
        )}
        <EditorGroups
          options={options}
          locked={locked}
          hasOrganizationDefaults={Object.keys(organization.defaults).length > 0}
          onChange={patch}
        />
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
