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

  /**
   * Replaces every known secret in `text` with `***`, the longest match first. One pass over the
   * text, looking secrets up by their first characters, so that an audit of thousands of contexts
   * (thousands of secrets, a report of megabytes) stays linear.
   */
  scrub(text: string): string {
    const index = this.index();
    if (index.size === 0) return text;
    const at = (i: number) =>
      index.get(text.slice(i, i + MIN_SECRET_LENGTH))?.find((v) => text.startsWith(v, i));
    let out = '';
    let last = 0;
    for (let i = 0; i + MIN_SECRET_LENGTH <= text.length;) {
      const hit = at(i);
      if (hit === undefined) {
        i++;
        continue;
      }
      // A secret that starts inside this one and ends beyond it is masked in the same run.
      let end = i + hit.length;
      for (let j = i + 1; j < end; j++) end = Math.max(end, j + (at(j)?.length ?? 0));
      out += `${text.slice(last, i)}***`;
      i = last = end;
    }
    return out + text.slice(last);
  }

  private cached?: { size: number; index: Map<string, string[]> };

  /** Secrets by their first characters, longest first within each bucket. */
  private index(): Map<string, string[]> {
    if (this.cached?.size === this.values.size) return this.cached.index;
    const index = new Map<string, string[]>();
    for (const v of [...this.values].sort((a, b) => b.length - a.length)) {
      const key = v.slice(0, MIN_SECRET_LENGTH);
      const bucket = index.get(key);
      if (bucket) bucket.push(v);
      else index.set(key, [v]);
    }
    this.cached = { size: this.values.size, index };
    return index;
  }
}
