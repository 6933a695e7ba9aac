/**
 * The content script's stand-in for WXT's ContentScriptContext: wxt.config.ts resolves
 * `wxt/utils/content-script-context` to this file in the content-script build only.
 *
 * Why: our main() takes no context (app/content-runtime.ts guards against double installs itself),
 * and WXT's context costs ~1 KB gzip of the 20 KB budget for features we do not use (location watcher,
 * invalidation timers). It also announced every start with a CustomEvent on the page's document, whose
 * name carries the extension id — a page could listen for it to detect the extension. This one says nothing.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
