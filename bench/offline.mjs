// Offline gate benchmark: wall time and peak memory of the CLI and the action bundle beside bare
// `node -e 0`, in the same run. Targets (issue 6): ≤ 100 ms over Node start-up for a typical
// kubeconfig; ≤ 100 MiB peak RSS for a gate checking one context; 1,000 contexts under 1 s (issue 3).
// Usage: node bench/offline.mjs [runs]
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tokenFleet } from './fleet.mjs';
import {
  ACTION,
  CLI,
  extraCaCerts,
  isMain,
  machine,
  mib,
  ms,
  sideBySide,
  spread,
  table,
  tmpDir,
  withExtraCaCerts,
} from './lib.mjs';

export async function offlineBench({ runs = 21 } = {}) {
  const tmp = tmpDir('offline');
  const typical = path.join(tmp, 'typical.yaml');
  const big = path.join(tmp, 'contexts-1000.yaml');
  writeFileSync(typical, tokenFleet(3));
  writeFileSync(big, tokenFleet(1000));
  for (const f of ['output', 'summary']) writeFileSync(path.join(tmp, f), '');
  const env = { KUBECONFIG: '', NO_COLOR: '1' };
  const node = process.execPath;
  try {
    // One process at a time (processes running at once would slow each other), in turn.
    const [bare, cli, action, thousand, ca] = await sideBySide(
      [
        { label: '`node -e 0`', steps: [[node, '-e', '0']] },
        {
          label: 'offline gate, CLI, typical kubeconfig (3 contexts)',
          steps: [[node, CLI, '--offline', '--kubeconfig', typical]],
          env,
        },
        {
          label: 'offline gate, action bundle, same kubeconfig',
          steps: [[node, ACTION]],
          env: {
            ...env,
            INPUT_KUBECONFIG: typical,
            INPUT_OFFLINE: 'true',
            GITHUB_OUTPUT: path.join(tmp, 'output'),
            GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'),
            RUNNER_TEMP: tmp,
          },
        },
        {
          label: 'offline gate, CLI, 1,000-context kubeconfig',
          steps: [[node, CLI, '--offline', '--kubeconfig', big]],
          env,
        },
        ...(extraCaCerts
          ? [
              {
                label: "`node -e 0` with this machine's NODE_EXTRA_CA_CERTS (not measured above)",
                steps: [[node, '-e', '0']],
                env: withExtraCaCerts,
              },
            ]
          : []),
      ],
      { runs },
    );
    const over = (r) => r.median - bare.median;
    const rows = [bare, cli, action, thousand, ...(ca ? [ca] : [])].map((r) => [
      r.label,
      ms(r.median),
      ms(r.p90),
      r === bare ? '—' : `+${ms(over(r))} ms`,
      mib(r.rssMiB),
    ]);
    return {
      title: `Offline gate (${runs} runs each after a warm-up)`,
      table: table(
        ['Run', 'Median ms', `${spread(runs)} ms`, 'Over `node -e 0`', 'Peak RSS MiB'],
        rows,
      ),
      notes: extraCaCerts
        ? [
            `Every run of every benchmark starts Node without this machine's NODE_EXTRA_CA_CERTS (${extraCaCerts}), as GitHub's runners do: Node reads the bundle at each start-up, +${ms(ca.median - bare.median)} ms here, a cost of the machine rather than of the gate.`,
          ]
        : [],
      targets: [
        [
          'offline gate ≤ 100 ms over Node start-up (CLI)',
          `+${ms(over(cli))} ms`,
          over(cli) <= 100,
        ],
        [
          'offline gate ≤ 100 ms over Node start-up (action)',
          `+${ms(over(action))} ms`,
          over(action) <= 100,
        ],
        ['1,000 contexts under 1 s', `${ms(thousand.median)} ms`, thousand.median < 1000],
        [
          'peak RSS ≤ 100 MiB, offline gate checking one context',
          `${mib(Math.max(cli.rssMiB, action.rssMiB))} MiB`,
          Math.max(cli.rssMiB, action.rssMiB) <= 100,
        ],
      ],
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const r = await offlineBench({ runs: Number(process.argv[2] ?? 21) });
  console.log(`${machine()}\n\n### ${r.title}\n\n${r.table}\n\n${r.notes.join('\n')}\n`);
  for (const [name, value, ok] of r.targets)
    console.log(`${ok ? 'met' : 'MISSED'}: ${name}: ${value}`);
}
