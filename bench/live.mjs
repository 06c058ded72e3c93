// Live gate benchmark on an EKS cluster made of real parts on loopback (the e2e EKS world: a real
// kube-apiserver authenticating through the test aws-iam-authenticator, moto behind the EKS
// emulator, kubeconfig exec `aws eks get-token`): the full live gate (identity, three `require`
// lines, AWS caller and EKS mapping, credential lifetimes) beside the shell steps people write to
// check the same things — `kubectl auth whoami`, three `kubectl auth can-i`, `aws sts
// get-caller-identity`, `aws eks describe-cluster` and `openssl x509 -enddate` — in one run, on
// loopback and again through a relay adding 40 ms round trip to the API server (not to AWS). The
// gate does more than the steps (it also reads updates and the principal's access entry, and
// judges the token's lifetime), so the ratio is conservative.
// Target (issue 6): the live gate ≥ 5× faster than the shell steps; ≤ 100 MiB peak RSS.
// Usage: node bench/live.mjs [runs]   (needs the cluster binaries: bash test/cluster/build.sh)
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { importHelper } from './harness.mjs';
import {
  ACTION,
  CLI,
  delayProxy,
  isMain,
  spread,
  machine,
  middleHalf,
  sideBySide,
  mib,
  ms,
  root,
  table,
  tmpDir,
} from './lib.mjs';

const RTT_MS = Number(process.env.KP_BENCH_RTT_MS ?? 40);
const REQUIRE = [
  ['create', 'deployments.apps', '-n', 'prod'],
  ['patch', 'services', '-n', 'prod'],
  ['get', 'configmaps/app-config', '-n', 'prod'],
];

const which = (cmd) => execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim();

/**
 * A bin folder with kubectl and aws as a GitHub runner has them, used by both sides: the binaries
 * themselves, not this machine's wrappers (gcloud's kubectl dispatcher asks the server which
 * kubectl to run — one more exec-plugin run per call — and pyenv's shims start bash three times).
 */
function runnerTools(tmp) {
  const bin = path.join(tmp, 'bin');
  mkdirSync(bin);
  const notes = [];
  let kubectl = realpathSync(which('kubectl'));
  const dir = path.dirname(kubectl);
  const versions = readdirSync(dir).filter((f) => /^kubectl\.1\.\d+$/.test(f));
  if (path.basename(kubectl) === 'kubectl' && versions.length) {
    versions.sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2]));
    kubectl = path.join(dir, versions.at(-1));
    notes.push(`kubectl: ${path.basename(kubectl)} (not the gcloud dispatcher)`);
  }
  let aws = which('aws');
  if (aws.includes('/shims/')) {
    aws = execFileSync('pyenv', ['which', 'aws'], { encoding: 'utf8' }).trim();
    notes.push('aws: the aws CLI itself (not the pyenv shim)');
  }
  symlinkSync(kubectl, path.join(bin, 'kubectl'));
  symlinkSync(aws, path.join(bin, 'aws'));
  if (!existsSync(path.join(bin, 'aws'))) throw new Error('no aws CLI');
  return { PATH: `${bin}:${process.env.PATH}`, notes };
}

export async function liveBench({ runs = 11 } = {}) {
  const tmp = tmpDir('live');
  let world;
  let slow;
  try {
    const { startEksWorld } = await importHelper(root, tmp, 'e2e/eks-world');
    world = await startEksWorld();
    await world.reset();
    const s = await world.session('deploy');
    world.moto.front.putAccessEntry('prod', {
      principalArn: s.roleArn,
      kubernetesGroups: ['deployers'],
    });
    await world.cluster.createNamespace('prod');
    await world.cluster.grant({
      group: 'deployers',
      namespace: 'prod',
      rules: [
        { apiGroups: ['apps'], resources: ['deployments'], verbs: ['create'] },
        { apiGroups: [''], resources: ['services'], verbs: ['patch'] },
        { apiGroups: [''], resources: ['configmaps'], verbs: ['get'] },
      ],
    });
    slow = await delayProxy(world.cluster.port, RTT_MS / 2);
    const caFile = path.join(tmp, 'ca.crt');
    writeFileSync(caFile, world.cluster.ca.certPem);
    for (const f of ['output', 'summary']) writeFileSync(path.join(tmp, f), '');
    const write = (name, text) => {
      const file = path.join(tmp, name);
      writeFileSync(file, text, { mode: 0o600 });
      return file;
    };
    const near = write('kubeconfig', world.kubeconfig());
    const far = write(
      'kubeconfig-far',
      world.kubeconfig().replace(world.cluster.server, `https://127.0.0.1:${slow.port}`),
    );
    const tools = runnerTools(tmp);
    const env = {
      ...world.moto.env(s),
      PATH: tools.PATH,
      HOME: path.join(tmp, 'home'),
      NO_COLOR: '1',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    const node = process.execPath;
    // The kubeconfig's own exec stanza (`aws --region … eks get-token …`), for the floor row.
    const plugin = /command: (\S+)/.exec(world.kubeconfig())?.[1];
    const pluginArgs = /args: \[([^\]]+)\]/.exec(world.kubeconfig())?.[1].split(', ');
    if (!plugin || !pluginArgs) throw new Error('no exec stanza in the EKS world kubeconfig');
    const floorScript = path.join(root, 'bench', 'plugin-floor.mjs');
    const suite = (kc) => {
      const e = { ...env, KUBECONFIG: kc };
      const flags = REQUIRE.flatMap((r) => ['--require', r.join(' ')]);
      return sideBySide(
        [
          { label: 'live gate, CLI', steps: [[node, CLI, '--kubeconfig', kc, ...flags]], env: e },
          {
            label: 'live gate, action bundle',
            steps: [[node, ACTION]],
            env: {
              ...e,
              INPUT_KUBECONFIG: kc,
              INPUT_REQUIRE: REQUIRE.map((r) => r.join(' ')).join('\n'),
              GITHUB_OUTPUT: path.join(tmp, 'output'),
              GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'),
              RUNNER_TEMP: tmp,
            },
          },
          {
            label: 'floor: Node starting the exec plugin alone and waiting for it',
            steps: [[node, floorScript, plugin, ...pluginArgs]],
            env: e,
          },
          {
            label:
              'shell steps: kubectl auth whoami, 3× kubectl auth can-i, aws sts get-caller-identity, aws eks describe-cluster, openssl x509 -enddate',
            steps: [
              ['kubectl', 'auth', 'whoami'],
              ...REQUIRE.map((r) => ['kubectl', 'auth', 'can-i', ...r]),
              ['aws', 'sts', 'get-caller-identity'],
              ['aws', 'eks', 'describe-cluster', '--name', 'prod'],
              ['openssl', 'x509', '-enddate', '-noout', '-in', caFile],
            ],
            env: e,
          },
        ],
        { runs },
      );
    };
    const [gate, action, floor, shell] = await suite(near);
    // Through the relay, the cluster's endpoint (as DescribeCluster says) is the relay's address,
    // or every run would rightly fail with eks/endpoint-mismatch.
    world.moto.front.setCluster('prod', { endpoint: `https://127.0.0.1:${slow.port}` });
    const [farGate, farAction, farFloor, farShell] = await suite(far);
    const ratio = (a, b) => a.median / b.median;
    // Round i of the steps and of the gate ran back to back: the ratio of each pair shows how far
    // the machine's noise moves the result.
    const paired = (a, b) => {
      const [low, high] = middleHalf(a.inOrder.map((t, i) => t / b.inOrder[i]));
      return `${low.toFixed(1)}–${high.toFixed(1)}×`;
    };
    const rows = [
      [gate, farGate],
      [action, farAction],
      [floor, farFloor],
      [shell, farShell],
    ].map(([a, b]) => [a.label, ms(a.median), ms(a.p90), ms(b.median), ms(b.p90), mib(a.rssMiB)]);
    const worst = Math.min(
      ratio(shell, gate),
      ratio(shell, action),
      ratio(farShell, farGate),
      ratio(farShell, farAction),
    );
    return {
      title: `Live gate on EKS vs shell steps (${runs} runs each after a warm-up)`,
      table: table(
        [
          'Run',
          'loopback median ms',
          spread(runs),
          `${RTT_MS} ms RTT median ms`,
          spread(runs),
          'Peak RSS MiB (Node)',
        ],
        rows,
      ),
      notes: [
        `Both sides run the same tools: ${tools.notes.join('; ') || 'kubectl and aws from PATH'}.`,
        `Shell steps ÷ live gate: ${ratio(shell, gate).toFixed(1)}× (CLI) and ${ratio(shell, action).toFixed(1)}× (action) on loopback; ${ratio(farShell, farGate).toFixed(1)}× and ${ratio(farShell, farAction).toFixed(1)}× at ${RTT_MS} ms RTT.`,
        `Round by round (each round runs the cases back to back), the middle half of the loopback ratios: ${paired(shell, gate)} (CLI) and ${paired(shell, action)} (action).`,
        `Shell steps ÷ floor: ${ratio(shell, floor).toFixed(1)}× on loopback, ${ratio(farShell, farFloor).toFixed(1)}× at ${RTT_MS} ms RTT — the most any gate that runs the exec plugin once could reach on this machine; the gate takes ${ms(gate.median - floor.median)} ms (CLI) and ${ms(action.median - floor.median)} ms (action) more than the floor on loopback.`,
      ],
      targets: [
        [
          'live gate ≥ 5× faster than the shell steps (worst of CLI/action, loopback/RTT)',
          `${worst.toFixed(1)}×`,
          worst >= 5,
        ],
        [
          'peak RSS ≤ 100 MiB, live gate checking one context',
          `${mib(Math.max(gate.rssMiB, action.rssMiB))} MiB`,
          Math.max(gate.rssMiB, action.rssMiB) <= 100,
        ],
      ],
    };
  } finally {
    slow?.close();
    rmSync(tmp, { recursive: true, force: true }); // it holds kubeconfigs: first, whatever stop does
    await world?.stop();
  }
}

if (isMain(import.meta.url)) {
  const r = await liveBench({ runs: Number(process.argv[2] ?? 11) });
  console.log(`${machine()}\n\n### ${r.title}\n\n${r.table}\n\n${r.notes.join('\n')}\n`);
  for (const [name, value, ok] of r.targets)
    console.log(`${ok ? 'met' : 'MISSED'}: ${name}: ${value}`);
}
