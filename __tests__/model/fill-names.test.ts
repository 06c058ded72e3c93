import { describe, expect, it } from '@jest/globals';
import { evaluate } from '../../src/evaluate.js';
import { defineCheck } from '../../src/model/check.js';
import { fillNames } from '../../src/model/fill-names.js';
import { shellFlag, shellWord } from '../../src/model/shell.js';
import { awsFacts } from '../helpers/aws-facts.js';
import { certFacts, dataSource } from '../helpers/cert-facts.js';
import { entry, facts, target } from '../helpers/facts.js';

/** A check with this remediation and one finding per target. */
const exampleCheck = (remediation: string, doubtsCloudNames = false) =>
  defineCheck({
    id: 'kubeconfig/example',
    title: 'Example',
    severity: 'error',
    description: 'Example.',
    remediation,
    doubtsCloudNames,
    run: ({ targets }) => targets.map((t) => ({ message: 'm', context: t.contextName })),
  });
const named = (cluster: string, user = 'ci-user', contextName = 'ci') =>
  target({ contextName, context: entry(contextName, { cluster, user }) });

describe('shellWord', () => {
  it('leaves one-word names alone and single-quotes the rest', () => {
    expect(shellWord('arn:aws:eks:eu-west-1:111122223333:cluster/prod')).toBe(
      'arn:aws:eks:eu-west-1:111122223333:cluster/prod',
    );
    expect(shellWord("team a's")).toBe(`'team a'\\''s'`);
    expect(shellWord('a$b')).toBe(`'a$b'`);
  });

  it('refuses what cannot be pasted safely: flags, backticks, newlines, empty', () => {
    for (const bad of ['--token=x', '-n', 'a`b', 'a\nb', '', undefined, 'x'.repeat(254)])
      expect(shellWord(bad)).toBeUndefined();
  });

  it('shellFlag quotes the whole --flag=value word, or falls back to the placeholder', () => {
    expect(shellFlag('--user', 'ci-deployer', '<user>')).toBe('--user=ci-deployer');
    expect(shellFlag('--user', 'John Doe', '<user>')).toBe(`'--user=John Doe'`);
    expect(shellFlag('--group', '-weird', '<group>')).toBe('--group=-weird');
    expect(shellFlag('--user', 'a`b', '<user>')).toBe('--user=<user>');
    expect(shellFlag('--user', undefined, '<user>')).toBe('--user=<user>');
  });
});

describe('fillNames', () => {
  it("fills kubectl config commands with the context's own cluster, user and context", () => {
    const t = named('prod-cluster', 'deployer', 'prod');
    expect(
      fillNames(
        '`kubectl config set-cluster <name> --insecure-skip-tls-verify=false` and ' +
          '`kubectl config set-credentials <user> --token <token>`, then ' +
          '`kubectl config set-context <context> --cluster <name>`; ' +
          '`kubectl config unset clusters.<name>.proxy-url`, `kubectl config unset users.<user>.username`',
        t,
      ),
    ).toBe(
      '`kubectl config set-cluster prod-cluster --insecure-skip-tls-verify=false` and ' +
        '`kubectl config set-credentials deployer --token <token>`, then ' +
        // `--cluster <name>` is the cluster to point at: not this one, left to the reader.
        '`kubectl config set-context prod --cluster <name>`; ' +
        '`kubectl config unset clusters.prod-cluster.proxy-url`, `kubectl config unset users.deployer.username`',
    );
  });

  it('names the client certificate’s CN for kubeadm, the username a new one must keep', () => {
    const t = target({
      clientCert: {
        ok: true,
        value: [certFacts({ commonName: 'ci-deployer' })],
        source: dataSource('client-certificate-data'),
      },
    });
    expect(fillNames('`kubeadm kubeconfig user --client-name <name>`', t)).toBe(
      '`kubeadm kubeconfig user --client-name ci-deployer`',
    );
  });

  it('fills EKS commands from the EKS facts, and GKE commands from gcloud’s names', () => {
    const eks = target({ contextName: 'prod', aws: awsFacts() });
    expect(
      fillNames(
        '`aws eks update-kubeconfig --name <cluster> --region <region> --alias <name>`',
        eks,
      ),
    ).toBe('`aws eks update-kubeconfig --name prod --region eu-west-1 --alias <name>`');
    const gke = named('gke_my-project_europe-west1_prod');
    expect(
      fillNames(
        '`gcloud container clusters get-credentials <cluster> --location <location> --project <project>`',
        gke,
      ),
    ).toBe(
      '`gcloud container clusters get-credentials prod --location europe-west1 --project my-project`',
    );
  });

  it('leaves placeholders it cannot fill, prose, and quoted messages alone', () => {
    const gke = named('not-gcloud-named');
    const text =
      'Run `gcloud container clusters get-credentials <cluster> --location <location>`; kubectl says ' +
      '`no server found for cluster "<name>"`, and <name> in prose stays.';
    expect(fillNames(text, gke)).toBe(text);
    expect(fillNames('`aws eks list-clusters --region <region>`', named('x'))).toBe(
      '`aws eks list-clusters --region <region>`',
    );
    expect(fillNames('`kubectl config set-cluster <name>`', undefined)).toBe(
      '`kubectl config set-cluster <name>`',
    );
    expect(fillNames('`kubectl config set-cluster <name>`', named('--server=evil'))).toBe(
      '`kubectl config set-cluster <name>`',
    );
  });

  it('quotes a name with spaces, and never reads `$` in it as a replacement pattern', () => {
    expect(fillNames('`kubectl config set-cluster <name> --server x`', named("a $& 'b'"))).toBe(
      `\`kubectl config set-cluster 'a $& '\\''b'\\''' --server x\``,
    );
  });

  it('evaluate() fills each finding from its own context', () => {
    const check = exampleCheck(
      '`kubectl config set-cluster <name> --insecure-skip-tls-verify=false`',
    );
    const [a, b] = evaluate(
      [check],
      facts({ targets: [named('one', 'u', 'first'), named('two', 'u', 'second')] }),
    );
    expect(a?.remediation).toContain('set-cluster one ');
    expect(b?.remediation).toContain('set-cluster two ');
  });

  it('a check that says the cloud names are wrong keeps their placeholders, not the kubeconfig’s', () => {
    const doubting = exampleCheck(
      '`aws eks update-kubeconfig --name <cluster> --region <region>` or `kubectl config set-cluster <name> --server <url>`',
      true,
    );
    const t = target({
      contextName: 'prod',
      context: entry('prod', { cluster: 'prod-entry', user: 'u' }),
      aws: awsFacts(),
    });
    const [f] = evaluate([doubting], facts({ targets: [t] }));
    expect(f?.remediation).toBe(
      '`aws eks update-kubeconfig --name <cluster> --region <region>` or `kubectl config set-cluster prod-entry --server <url>`',
    );
  });
});
