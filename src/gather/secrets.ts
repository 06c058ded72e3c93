/** Collects every secret gathered, masks it at once, and scrubs rendered output as a last line of defence. */

const MIN_SECRET_LENGTH = 4;
/** Lines of a multi-line secret shorter than this are masked by the runner but not scrubbed here. */
const MIN_LINE_LENGTH = 8;

export class SecretSet {
  /** Everything scrubbed from output: secrets and their long lines. */
  private readonly values = new Set<string>();
  /** What was handed to the mask callback. */
  private readonly masked = new Set<string>();

  constructor(private readonly onSecret: (secret: string) => void = () => {}) {}

  /** Registers a secret value (a token, key, password, presigned URL) and masks it at once. */
  readonly add = (secret: string): void => {
    if (secret.trim().length < MIN_SECRET_LENGTH || this.masked.has(secret)) return;
    this.masked.add(secret);
    this.onSecret(secret);
    this.values.add(secret);
    for (const line of secret.split(/\r?\n/)) {
      if (line.trim().length >= MIN_LINE_LENGTH) this.values.add(line.trim());
    }
  };

  /** Masks a whole document (inline kubeconfig content) without scrubbing each of its lines. */
  readonly addDocument = (text: string): void => {
    if (text.trim().length >= MIN_SECRET_LENGTH) this.onSecret(text);
  };

  get size(): number {
    return this.values.size;
  }

  /** Replaces every known secret in `text` with `***`, longest first. */
  scrub(text: string): string {
    const sorted = [...this.values].sort((a, b) => b.length - a.length);
    let out = text;
    for (const value of sorted) {
      if (out.includes(value)) out = out.split(value).join('***');
    }
    return out;
  }
}
