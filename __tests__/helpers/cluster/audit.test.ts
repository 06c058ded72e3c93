import { describe, expect, it } from '@jest/globals';
import { writesByGate, type AuditEvent } from './audit.js';

const event = (verb: string, resource: string, userAgent = 'kube-preflight/0.1.0'): AuditEvent => ({
  auditID: `${verb}-${resource}`,
  stage: 'ResponseComplete',
  verb,
  requestURI: `/apis/x/${resource}`,
  user: {},
  userAgent,
  objectRef: { resource },
});

describe('writesByGate: the read-only rule every cluster.stop() applies', () => {
  it('allows reads and SelfSubject*Review creates by the gate', () => {
    const allowed = [
      event('get', 'namespaces'),
      event('list', 'nodes'),
      event('watch', 'pods'),
      event('create', 'selfsubjectreviews'),
      event('create', 'selfsubjectaccessreviews'),
      event('create', 'selfsubjectrulesreviews'),
    ];
    expect(writesByGate(allowed)).toEqual([]);
  });

  it('flags any other verb or create by the gate, and ignores the harness own writes', () => {
    const writes = [
      event('create', 'configmaps'),
      event('create', 'subjectaccessreviews'),
      event('update', 'selfsubjectaccessreviews'),
      event('patch', 'deployments'),
      event('delete', 'secrets'),
    ];
    const harness = [event('create', 'clusterroles', 'node/20 harness'), event('delete', 'x', '')];
    expect(writesByGate([...writes, ...harness])).toEqual(writes);
  });
});
