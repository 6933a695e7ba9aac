// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

function Broken(): never {
  throw new Error('table row missing');
}

it('shows the error and a retry instead of a blank page', async () => {
  const container = document.createElement('div');
  await act(() =>
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
      container,
    ),
  );
  expect(container.querySelector('[role="alert"]')?.textContent).toContain('table row missing');
  expect(container.querySelector('button')?.textContent).toBe('Try again');
});
