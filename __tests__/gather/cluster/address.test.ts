/** Server URL parts, address classes and the default lookup (which answers RFC 6761 names itself). */
import { describe, expect, it } from '@jest/globals';
import {
  addressClass,
  classOfAll,
  defaultLookup,
  parseServer,
} from '../../../src/gather/cluster/address.js';
import { classify } from '../../../src/gather/cluster/classify.js';

describe('parseServer', () => {
  it.each([
    ['https://127.0.0.1:6443', { scheme: 'https', host: '127.0.0.1', port: 6443, prefix: '' }],
    ['https://kube.example', { host: 'kube.example', port: 443, hostPort: 'kube.example:443' }],
    ['http://kube.example', { scheme: 'http', port: 80 }],
    ['https://[::1]:6443/', { host: '::1', hostPort: '[::1]:6443', prefix: '' }],
    ['https://rancher.example/k8s/clusters/c-1/', { prefix: '/k8s/clusters/c-1' }],
    ['https://KUBE.Example.:443', { host: 'kube.example' }],
    ['https://user:pw@kube.example', { display: 'https://kube.example' }],
  ])('%s', (server, expected) => {
    expect(parseServer(server)).toMatchObject(expected);
  });

  it.each(['kube.example:6443', 'ftp://kube.example', '', 'https://'])('rejects %j', (s) => {
    expect(parseServer(s)).toBeUndefined();
  });
});

describe('addressClass', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.200.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['0.0.0.0', 'loopback'],
    ['10.0.0.4', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['100.127.255.254', 'private'],
    ['100.128.0.1', 'public'],
    ['fd12:3456::1', 'private'],
    ['fc00::1', 'private'],
    ['::ffff:10.1.2.3', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['8.8.8.8', 'public'],
    ['2001:db8::1', 'public'],
    ['kube.example', 'unknown'],
  ])('%s is %s', (ip, cls) => {
    expect(addressClass(ip)).toBe(cls);
  });

  it('a name takes the class of its first address', () => {
    expect(classOfAll(['10.0.0.1', '8.8.8.8'])).toBe('private');
    expect(classOfAll([])).toBe('unknown');
  });
});

describe('defaultLookup', () => {
  it('answers .invalid names with ENOTFOUND at once, without a query', async () => {
    const started = Date.now();
    await expect(defaultLookup('kube.cluster.invalid')).rejects.toMatchObject({
      code: 'ENOTFOUND',
      hostname: 'kube.cluster.invalid',
    });
    await expect(defaultLookup('INVALID.')).rejects.toMatchObject({ code: 'ENOTFOUND' });
    expect(Date.now() - started).toBeLessThan(50);
  });

  it('returns IP literals and localhost without a query', async () => {
    expect(await defaultLookup('10.1.2.3')).toEqual([{ address: '10.1.2.3', family: 4 }]);
    expect(await defaultLookup('::1')).toEqual([{ address: '::1', family: 6 }]);
    expect(await defaultLookup('localhost')).toEqual([
      { address: '127.0.0.1', family: 4 },
      { address: '::1', family: 6 },
    ]);
  });
});

describe('classify: error codes', () => {
  const c = { hostPort: 'kube.example:443', ms: 12, caGiven: true, checkedName: 'kube.example' };
  const err = (code: string, message = code) => Object.assign(new Error(message), { code });
  it.each([
    ['ENOTFOUND', 'connect', { reason: 'dns', phase: 'dns' }],
    ['EAI_FAIL', 'connect', { reason: 'dns' }],
    ['ECONNREFUSED', 'connect', { reason: 'refused', phase: 'connect' }],
    ['EHOSTUNREACH', 'connect', { reason: 'no-route' }],
    ['ENETUNREACH', 'connect', { reason: 'no-route' }],
    ['ETIMEDOUT', 'connect', { reason: 'timeout', phase: 'connect' }],
    ['EPIPE', 'response', { reason: 'reset', phase: 'response' }],
    ['HPE_INVALID_CONSTANT', 'response', { reason: 'protocol' }],
    ['ECONNREFUSED', 'proxy', { reason: 'proxy', phase: 'proxy' }],
    ['CERT_NOT_YET_VALID', 'tls', { kind: 'tls', problem: 'server-cert-expired' }],
    ['CERT_SIGNATURE_FAILURE', 'tls', { kind: 'tls', problem: 'untrusted' }],
    ['UNABLE_TO_GET_ISSUER_CERT', 'tls', { kind: 'tls', problem: 'untrusted' }],
    ['ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', 'tls', { kind: 'tls', problem: 'other' }],
  ] as const)('%s during %s', (code, phase, expected) => {
    expect(classify(err(code), phase, c)).toMatchObject(expected);
  });

  it('an AggregateError (several addresses tried) takes its first error code', () => {
    const agg = Object.assign(new AggregateError([err('ECONNREFUSED'), err('ECONNREFUSED')]), {});
    expect(classify(agg, 'connect', c)).toMatchObject({ reason: 'refused' });
  });

  it('a socket hang up without a code is a reset', () => {
    expect(classify(new Error('socket hang up'), 'response', c)).toMatchObject({ reason: 'reset' });
  });
});
