import { describe, expect, it } from 'vitest';
import { errorMessage } from './errors';

describe('errorMessage', () => {
  it('reads an Error by its message (no "Error:" prefix) and anything else as text', () => {
    expect(errorMessage(new TypeError('gone'))).toBe('gone');
    expect(errorMessage('quota')).toBe('quota');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});
