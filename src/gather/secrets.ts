/** Collects every secret gathered, masks it at once, and scrubs rendered output as a last line of defence. */

const MIN_SECRET_LENGTH = 4;

export class SecretSet {
  private readonly values = new Set<string>();

  constructor(private readonly onSecret: (secret: string) => void = () => {}) {}

  /** Registers a secret (and its individual lines, as the runner masks them). */
  readonly add = (secret: string): void => {
    const candidates = [secret, ...secret.split(/\r?\n/).map((l) => l.trim())];
    for (const value of candidates) {
      if (value.length < MIN_SECRET_LENGTH || this.values.has(value)) continue;
      this.values.add(value);
      this.onSecret(value);
    }
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
