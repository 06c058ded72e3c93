import { defineCheck } from '../../model/check.js';

const INLINE = '<input>';

export default defineCheck({
  id: 'kubeconfig/empty-input',
  title: 'Kubeconfig input is empty',
  severity: 'error',
  description:
    'The `kubeconfig` input was set but arrived empty. In GitHub Actions `${{ secrets.NAME }}` ' +
    'evaluates to an empty string, without any error, when the secret does not exist, is misspelt, ' +
    'is an environment secret and the job has no `environment:`, or is not passed to this run ' +
    '(pull requests from forks; Dependabot runs get Dependabot secrets only).',
  remediation:
    'Check the secret name under Settings → Secrets and variables → Actions (names are ' +
    'case-insensitive but must match). For environment secrets add `environment: <name>` to the ' +
    'job. For Dependabot add the secret under Dependabot secrets. Fork pull requests never get ' +
    'secrets: skip the deploy with `if: github.event.pull_request.head.repo.full_name == ' +
    'github.repository`. Store the file base64-encoded (`base64 -w0 kubeconfig`) to avoid ' +
    'whitespace damage.',
  run({ input, kubeconfig }) {
    if (input.emptyKubeconfig) {
      const reason = input.emptyReason ? ` ${input.emptyReason}` : '';
      return [
        {
          message:
            'The kubeconfig input is set but empty: a secret that is missing or not available to ' +
            `this run evaluates to ''.${reason}`,
          evidence: { emptyReason: input.emptyReason ?? null },
        },
      ];
    }
    if (input.contentProblem) {
      return [{ message: `The kubeconfig input has no usable content: ${input.contentProblem}.` }];
    }
    const inline = kubeconfig.files.find((f) => f.path === INLINE && f.status === 'empty');
    if (!inline) return [];
    return [
      {
        message:
          'The kubeconfig input holds only whitespace, comments or `null`: no clusters, users or ' +
          'contexts.',
      },
    ];
  },
});
