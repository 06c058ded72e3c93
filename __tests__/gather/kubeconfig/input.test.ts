import { describe, expect, it } from '@jest/globals';
import {
  decodeBase64Kubeconfig,
  interpretKubeconfigInput,
} from '../../../src/gather/kubeconfig/input.js';
import { kubeconfigYaml } from '../../helpers/kubeconfig.js';

const YAML = kubeconfigYaml({ current: 'ci' });
const JSON_TEXT = JSON.stringify({ apiVersion: 'v1', kind: 'Config', clusters: [] });

describe('interpretKubeconfigInput', () => {
  it.each([
    [undefined, { kind: 'auto' }],
    ['auto', { kind: 'auto' }],
    [' auto\n', { kind: 'auto' }],
    ['', { kind: 'empty' }],
    ['  \n\t', { kind: 'empty' }],
    [' : :', { kind: 'empty' }],
  ])('%j → %j', (raw, spec) => {
    expect(interpretKubeconfigInput(raw)).toEqual(spec);
  });

  it('recognises YAML and JSON content', () => {
    expect(interpretKubeconfigInput(YAML)).toEqual({
      kind: 'content',
      text: YAML,
      encoding: 'yaml',
    });
    expect(interpretKubeconfigInput(JSON_TEXT)).toMatchObject({
      kind: 'content',
      encoding: 'yaml',
    });
    expect(interpretKubeconfigInput('apiVersion: v1')).toMatchObject({ kind: 'content' });
    expect(interpretKubeconfigInput('clusters: []')).toMatchObject({ kind: 'content' });
  });

  it('recognises base64 of a kubeconfig, also wrapped across lines', () => {
    const b64 = Buffer.from(YAML).toString('base64');
    const wrapped = b64.replace(/(.{76})/g, '$1\n');
    expect(wrapped).toContain('\n');
    for (const text of [b64, wrapped, `${b64}\n`]) {
      expect(interpretKubeconfigInput(text)).toEqual({
        kind: 'content',
        text: text.trim(),
        encoding: 'base64',
      });
    }
    expect(decodeBase64Kubeconfig(wrapped)).toBe(YAML);
  });

  it('does not take base64 of something else, or a plain word, for content', () => {
    const other = Buffer.from('just some text that is not yaml').toString('base64');
    expect(interpretKubeconfigInput(other)).toEqual({
      kind: 'paths',
      paths: [other],
      explicit: true,
    });
    expect(interpretKubeconfigInput('kubeconfig')).toEqual({
      kind: 'paths',
      paths: ['kubeconfig'],
      explicit: true,
    });
  });

  it('splits path lists on the delimiter, dropping empty items', () => {
    expect(interpretKubeconfigInput('/a/config')).toEqual({
      kind: 'paths',
      paths: ['/a/config'],
      explicit: true,
    });
    expect(interpretKubeconfigInput('a.yaml::./b.yaml:')).toEqual({
      kind: 'paths',
      paths: ['a.yaml', './b.yaml'],
      explicit: false,
    });
    expect(interpretKubeconfigInput('C:\\k\\a;C:\\k\\b', ';')).toEqual({
      kind: 'paths',
      paths: ['C:\\k\\a', 'C:\\k\\b'],
      explicit: false,
    });
  });
});
