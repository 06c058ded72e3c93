import { describe, expect, it } from '@jest/globals';
import { formatDuration, parseDuration } from '../../src/model/duration.js';

describe('parseDuration', () => {
  it.each([
    ['90s', 90],
    ['15m', 900],
    ['12h', 43200],
    ['30d', 2592000],
    ['1h30m', 5400],
    ['45', 45],
    [' 2w ', 1209600],
  ])('%s → %d', (text, seconds) => expect(parseDuration(text)).toBe(seconds));

  it.each(['', 'abc', '15 minutes', '-5m', '1y', 'm15'])('rejects %j', (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  );
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [59, '59s'],
    [61, '1m 1s'],
    [3600, '1h'],
    [90061, '1d 1h'],
    [-120, '-2m'],
  ])('%d → %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));
});
