// Runs once before the e2e files: refuse to start without an extension build, then bundle the fixtures.
import { assertExtensionBuilt } from './harness';
import { buildFixtures } from './build-fixtures';

export default async function setup(): Promise<void> {
  assertExtensionBuilt();
  const { pages, ms } = await buildFixtures();
  console.log(`[e2e] built ${pages.length} fixture pages in ${ms} ms`);
}
