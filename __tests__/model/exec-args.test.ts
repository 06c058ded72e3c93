import { describe, expect, it } from '@jest/globals';
import { flagValue } from '../../src/model/exec-args.js';

describe('flagValue', () => {
  it.each([
    [['eks', 'get-token', '--cluster-name', 'prod'], ['--cluster-name'], 'prod'],
    [['eks', 'get-token', '--cluster-name=prod'], ['--cluster-name'], 'prod'],
    [['token', '-i', 'staging'], ['-i', '--cluster-id'], 'staging'],
    [['token', '--cluster-id=blue', '-i', 'green'], ['-i', '--cluster-id'], 'blue'],
    [['--region='], ['--region'], ''],
    [['--cluster-name'], ['--cluster-name'], undefined],
    [['--cluster-names', 'x'], ['--cluster-name'], undefined],
  ])('%j %j → %j', (args, names, value) => {
    expect(flagValue(args, ...names)).toBe(value);
  });
});
