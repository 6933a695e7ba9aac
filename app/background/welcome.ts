/**
 * First run: a fresh install opens the welcome page (pin the button, click into the description, Insert).
 * Updates and browser restarts open nothing. The real-browser tests load a copy of the build whose
 * manifest carries SKIP_WELCOME_KEY (e2e/harness.ts adds it), so their browsers start without an extra
 * tab; no store build carries it, and a user has no way or need to set it.
 */
import { browser } from 'wxt/browser';

export const WELCOME_PATH = '/welcome.html' as const;
export const SKIP_WELCOME_KEY = 'x_ota_skip_welcome';

interface InstallDetails {
  reason: string;
}

/** Whether this onInstalled event should open the welcome page. */
export function shouldWelcome(details: InstallDetails, manifest: Record<string, unknown>): boolean {
  return details.reason === 'install' && manifest[SKIP_WELCOME_KEY] !== true;
}

export async function welcomeOnInstall(
  details: InstallDetails,
  manifest: Record<string, unknown> = browser.runtime.getManifest() as unknown as Record<string, unknown>,
): Promise<void> {
  if (!shouldWelcome(details, manifest)) return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}

export function register(): void {
  // Registered synchronously at start-up: onInstalled fires once, right after the worker first runs.
  browser.runtime.onInstalled.addListener((details) => {
    void welcomeOnInstall(details).catch(() => undefined);
  });
}
