// Runs once before the Firefox files: refuse to start without a Firefox build or Firefox, then bundle the fixtures.
import { buildFixtures } from '../build-fixtures';
import { assertFirefoxReady } from './harness';

export default async function setup(): Promise<void> {
  assertFirefoxReady();
  const { pages, ms } = await buildFixtures();
  console.log(`[e2e-firefox] built ${pages.length} fixture pages in ${ms} ms`);
}
