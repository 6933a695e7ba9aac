import { describe, expect, it, vi } from 'vitest';
import { fillPayload, postingRendering } from '../insert/renderings';
import type { FillReply, InsertReply, Rendering } from '../insert/types';
import { tailor } from '../template/index';
import { deliverPosting, renderingFor, type DeliverRequest, type DeliveryServices, type TabReach, type TabTarget } from './deliver-posting';
import { PresetUnusableError } from './posting-source';

/** Fake services: a page that answers `replies` in turn, a clipboard that takes or refuses, presets by id. */
function fakes(options: { replies?: InsertReply[]; reach?: TabReach; copyRefused?: boolean; fill?: FillReply } = {}) {
  const replies = [...(options.replies ?? [])];
  const sent: Array<{ target: TabTarget; request: unknown }> = [];
  const copies: Array<{ rendering: Rendering; target: TabTarget | null }> = [];
  const services: DeliveryServices = {
    loadPosting: vi.fn(async (presetId: string | undefined) => {
      if (presetId === 'bad') throw new PresetUnusableError('bad', 'Bad pay', 'payMin (50) is greater than payMax (10)');
      return tailor(presetId === 'tx' ? { state: 'TX' } : {});
    }),
    reach: vi.fn(async (): Promise<TabReach> => options.reach ?? { reach: 'ready' }),
    insert: vi.fn(async (target: TabTarget, request: unknown): Promise<InsertReply> => {
      sent.push({ target, request });
      return replies.shift() ?? { status: 'no-target' };
    }),
    fill: vi.fn(async () => options.fill),
    copy: vi.fn(async (rendering: Rendering, target: TabTarget | null) => {
      if (options.copyRefused) throw new Error('denied');
      copies.push({ rendering, target });
    }),
  };
  return { services, sent, copies };
}

const tab = { tabId: 4, url: 'https://ats.example/jobs/new' };
const insert = (extra: Partial<DeliverRequest> = {}): DeliverRequest => ({ action: 'insert', source: { presetId: undefined }, tab, ...extra });
const inserted = (label: string): InsertReply => ({ status: 'inserted', label, editor: 'textarea', step: 'insert-text' });

describe('deliverPosting: insert', () => {
  it('tailors the named preset, sends its rendering to the tab and names the field it went into', async () => {
    const { services, sent, copies } = fakes({ replies: [inserted('Description')] });
    const outcome = await deliverPosting(services, insert({ source: { presetId: 'tx' } }));
    expect(outcome).toEqual({ ok: true, message: 'Inserted into Description', badge: '✓' });
    expect(sent).toEqual([{ target: tab, request: { rendering: postingRendering(tailor({ state: 'TX' })), mode: 'insert' } }]);
    expect(copies).toEqual([]);
  });

  it('delivers a posting it is handed (side panel), one section alone when asked', async () => {
    const posting = tailor({ company: 'Acme' });
    const { services, sent } = fakes({ replies: [inserted('Requirements')] });
    await deliverPosting(services, insert({ source: { posting }, section: 'requirements', mode: 'replace' }));
    expect(services.loadPosting).not.toHaveBeenCalled();
    expect(sent[0]!.request).toEqual({ rendering: renderingFor(posting, 'requirements'), mode: 'replace' });
  });

  it('says why a preset cannot be used and sends nothing', async () => {
    const { services, sent } = fakes();
    const outcome = await deliverPosting(services, insert({ source: { presetId: 'bad' } }));
    expect(outcome).toMatchObject({ ok: false, badge: '!', message: expect.stringMatching(/“Bad pay” can't be used: payMin/) });
    expect(sent).toEqual([]);
  });

  it('copies and says Ctrl+V when the field refuses; says where to copy from when the copy fails too', async () => {
    const refused: InsertReply = { status: 'refused', label: 'Description', editor: 'x' };
    const copying = fakes({ replies: [refused] });
    expect(await deliverPosting(copying.services, insert())).toEqual({
      ok: false,
      message: 'Copied: press Ctrl+V to paste (Description did not accept the text)',
      badge: 'C',
    });
    expect(copying.copies).toEqual([{ rendering: postingRendering(tailor({})), target: tab }]);
    const refusing = fakes({ replies: [refused], copyRefused: true });
    expect((await deliverPosting(refusing.services, insert())).message).toBe('Description did not accept the text — use Copy');
    const background = fakes({ replies: [refused], copyRefused: true });
    background.services.copyHint = 'open the extension and use Copy';
    expect((await deliverPosting(background.services, insert())).message).toMatch(/open the extension and use Copy$/);
  });

  it('turns a thrown send into a copy, and too-long / repeat into one kind of question without copying', async () => {
    const { services, copies } = fakes({
      replies: [
        { status: 'too-long', label: 'S', limit: 5, length: 9 },
        { status: 'already-inserted', label: 'S' },
      ],
    });
    expect(await deliverPosting(services, insert())).toMatchObject({ followUp: { kind: 'too-long', limit: 5, length: 9 }, badge: '!' });
    expect(await deliverPosting(services, insert())).toMatchObject({ followUp: { kind: 'repeat', label: 'S' }, badge: '=' });
    expect(copies).toEqual([]);
    vi.mocked(services.insert).mockRejectedValueOnce(new Error('gone'));
    expect((await deliverPosting(services, insert())).message).toMatch(/^Copied: .*Could not insert: gone/);
  });

  it('passes the answers to a question on', async () => {
    const { services, sent } = fakes();
    await deliverPosting(services, insert({ force: true }));
    await deliverPosting(services, insert({ allowTruncate: true }));
    expect(sent.map((s) => s.request)).toMatchObject([{ force: true }, { allowTruncate: true }]);
  });
});

describe('deliverPosting: a page out of reach', () => {
  it('copies instead, giving the reason first', async () => {
    const { services, sent, copies } = fakes({ reach: { reach: 'blocked', why: 'browser-page' } });
    const outcome = await deliverPosting(services, insert());
    expect(outcome).toEqual({ ok: false, message: "Browser pages can't be changed by extensions. Copied: press Ctrl+V to paste", badge: 'C' });
    expect(sent).toEqual([]);
    expect(copies).toHaveLength(1);
  });

  it("uses the surface's own words for a page that gave no access, and says where to copy from when that fails", async () => {
    const { services } = fakes({ reach: { reach: 'blocked', why: 'no-access' }, copyRefused: true });
    services.noAccessReason = 'Click the toolbar button once on the page';
    expect((await deliverPosting(services, insert())).message).toBe('Click the toolbar button once on the page — use Copy');
  });

  it('without a tab, Insert and Fill copy instead', async () => {
    const { services, copies } = fakes();
    expect((await deliverPosting(services, insert({ tab: null }))).message).toBe('No page to insert into. Copied: press Ctrl+V to paste');
    expect((await deliverPosting(services, { action: 'fill', source: { presetId: undefined }, tab: null })).ok).toBe(false);
    expect(copies).toHaveLength(2);
    expect(services.reach).not.toHaveBeenCalled();
  });
});

describe('deliverPosting: fill and copy', () => {
  it('fills the form and reports per field', async () => {
    const fill: FillReply = { fields: [{ kind: 'description', label: 'Description', outcome: 'filled' }] };
    const { services } = fakes({ fill });
    const outcome = await deliverPosting(services, { action: 'fill', source: { presetId: undefined }, tab });
    expect(outcome).toEqual({ ok: true, message: 'Filled 1 of 1 fields', fill, badge: '✓' });
    expect(services.fill).toHaveBeenCalledWith(4, fillPayload(tailor({})));
    const empty = fakes({ fill: { fields: [] } });
    expect(await deliverPosting(empty.services, { action: 'fill', source: { presetId: undefined }, tab })).toMatchObject({ ok: false, message: 'No job form fields found on this page' });
  });

  it('copies without a tab, and says why when the clipboard refuses', async () => {
    const { services, copies } = fakes();
    expect(await deliverPosting(services, { action: 'copy', source: { presetId: 'tx' }, tab: null })).toEqual({ ok: true, message: 'Copied: press Ctrl+V to paste', badge: 'C' });
    expect(copies[0]!.rendering).toEqual(postingRendering(tailor({ state: 'TX' })));
    const refusing = fakes({ copyRefused: true });
    expect((await deliverPosting(refusing.services, { action: 'copy', source: { presetId: undefined }, tab: null })).message).toBe('Could not copy: denied');
  });
});

describe('renderingFor', () => {
  it('gives one section without the title or its heading, and the whole posting with both', () => {
    const posting = tailor({ company: 'Acme' });
    const part = renderingFor(posting, 'requirements');
    // The title text also occurs inside the license bullet, so look at how the text starts.
    expect(part.text.trimStart().startsWith(posting.title)).toBe(false);
    expect(part.text.trimStart()).toMatch(/^•/);
    expect(part.text).not.toMatch(/^Requirements/m);
    const whole = renderingFor(posting, undefined);
    expect(whole.text.trimStart().startsWith(posting.title)).toBe(true);
    expect(whole.text).toContain('Requirements');
  });
});
