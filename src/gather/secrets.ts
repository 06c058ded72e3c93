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
   * Replaces every known secret in `text` with `***`, the longest match first, in one pass over the
   * text. Secrets are looked up by their first and last characters and their length (see index()),
   * so thousands of secrets sharing a prefix (service-account JWTs of one cluster share their
   * header) cost a few lookups per position, not one comparison per secret.
   */
  scrub(text: string): string {
    const index = this.index();
    if (index.size === 0) return text;
    const at = (i: number): string | undefined => {
      const group = index.get(text.slice(i, i + MIN_SECRET_LENGTH));
      if (!group) return undefined;
      for (const [length, byTail] of group) {
        if (i + length > text.length) continue;
        const tail = text.slice(i + length - Math.min(TAIL, length), i + length);
        const hit = byTail.get(tail)?.find((v) => text.startsWith(v, i));
        if (hit) return hit;
      }
      return undefined;
    };
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

  private cached?: { size: number; index: Index };

  /** Secrets by their first characters, then by length (longest first), then by their last ones. */
  private index(): Index {
    if (this.cached?.size === this.values.size) return this.cached.index;
    const index: Index = new Map();
    for (const v of [...this.values].sort((a, b) => b.length - a.length)) {
      const key = v.slice(0, MIN_SECRET_LENGTH);
      const group = index.get(key) ?? new Map<number, Map<string, string[]>>();
      index.set(key, group);
      const byTail = group.get(v.length) ?? new Map<string, string[]>();
      group.set(v.length, byTail);
      const tail = v.slice(-TAIL);
      byTail.set(tail, [...(byTail.get(tail) ?? []), v]);
    }
    this.cached = { size: this.values.size, index };
    return index;
  }
}

/** How many last characters key a secret within its length group. */
const TAIL = 8;
type Index = Map<string, Map<number, Map<string, string[]>>>;
