/**
 * The content script cannot reach some editors from its isolated world (Quill 1, TinyMCE's API, Firefox
 * paste): it asks the background, which runs the step in the page's MAIN world of the frame that asked.
 */
import { browser } from 'wxt/browser';
import { mainWorldInsert } from '../../insert/main-world';
import { isFromOwnContentScript, parseToBackground, type SenderLike } from '../../messaging/guards';
import type { BackgroundHandlers, MainWorldReply } from '../../messaging/protocol';

/** Run the page-world step in the frame that asked (its focused field is the target). */
function handlersFor(sender: SenderLike): BackgroundHandlers {
  return {
    'background/main-world-insert': async (message): Promise<MainWorldReply> => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { route: null, error: 'no tab' };
      try {
        const [result] = await browser.scripting.executeScript({
          target: { tabId, frameIds: [sender.frameId ?? 0] },
          world: 'MAIN',
          func: mainWorldInsert,
          args: [message.rendering.html, message.rendering.text, message.editor],
        });
        return (result?.result as MainWorldReply | undefined) ?? { route: null };
      } catch (error) {
        return { route: null, error: String(error) };
      }
    },
  };
}

/** Listens to our own content scripts only; anything else gets no answer. */
export function register(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: SenderLike) => {
    if (!isFromOwnContentScript(sender, browser.runtime.id)) return undefined;
    const message = parseToBackground(raw);
    if (!message) return undefined;
    return handlersFor(sender)[message.type](message);
  });
}
