import { describe, expect, it } from '@jest/globals';
import {
  EXEC_V1,
  EXEC_V1ALPHA1,
  EXEC_V1BETA1,
  effectiveInteractiveMode,
  stripControlChars,
  validateExecConfig,
} from '../../../src/gather/exec/validate.js';

describe('validateExecConfig', () => {
  it('accepts complete v1 and v1beta1 configurations', () => {
    expect(
      validateExecConfig('u', { command: 'aws', apiVersion: EXEC_V1, interactiveMode: 'Never' }),
    ).toEqual({ ok: true, interactiveMode: 'Never' });
    expect(validateExecConfig('u', { command: 'aws', apiVersion: EXEC_V1BETA1 })).toEqual({
      ok: true,
      interactiveMode: 'IfAvailable',
    });
  });

  it('lists every clientcmd problem, then the apiVersion problem', () => {
    const plan = validateExecConfig('u', {
      apiVersion: EXEC_V1ALPHA1,
      env: [{ name: '', value: '' }],
      interactiveMode: 'Maybe',
    });
    expect(plan).toEqual({
      ok: false,
      outcome: 'not-run',
      detail: [
        'command must be specified for u to use exec authentication plugin',
        'env variable name must be specified for u to use exec authentication plugin',
        'invalid interactiveMode for u: "Maybe"',
        `exec plugin: invalid apiVersion "${EXEC_V1ALPHA1}"`,
      ].join('; '),
    });
  });

  it('singles out v1alpha1 when it is the only problem', () => {
    expect(validateExecConfig('u', { command: 'aws', apiVersion: EXEC_V1ALPHA1 })).toMatchObject({
      ok: false,
      outcome: 'api-version-removed',
    });
  });

  it('refuses Always even when the rest is valid', () => {
    expect(
      validateExecConfig('u', { command: 'aws', apiVersion: EXEC_V1, interactiveMode: 'Always' }),
    ).toMatchObject({ ok: false, outcome: 'interactive-required' });
  });
});

describe('effectiveInteractiveMode', () => {
  it('defaults only for v1beta1 and v1alpha1', () => {
    expect(effectiveInteractiveMode({ apiVersion: EXEC_V1BETA1 })).toBe('IfAvailable');
    expect(effectiveInteractiveMode({ apiVersion: EXEC_V1ALPHA1 })).toBe('IfAvailable');
    expect(effectiveInteractiveMode({ apiVersion: EXEC_V1 })).toBeUndefined();
    expect(effectiveInteractiveMode({ apiVersion: EXEC_V1, interactiveMode: 'Never' })).toBe(
      'Never',
    );
  });
});

describe('stripControlChars', () => {
  it('removes ANSI colours, OSC links and control characters but keeps newlines', () => {
    const hint =
      '\u001b[1;31mInstall\u001b[0m\u001b]8;;https://x\u0007link\u001b]8;;\u0007 now\r\n\tthen\u0000!';
    expect(stripControlChars(hint)).toBe('Installlink now\n\tthen!');
  });
});
