/** Character helpers for token diagnostics. */

/** `U+200B` style name for a character that should not be shown raw. */
export function codePoint(ch: number): string {
  return `U+${ch.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** ASCII control characters (C0 and DEL); `allowTab` leaves HTAB out, as HTTP header values allow it. */
export function isControl(code: number, allowTab = false): boolean {
  return (code < 0x20 && !(allowTab && code === 0x09)) || code === 0x7f;
}

/** Index of the first UTF-16 unit matching `test`, or -1. */
export function indexWhere(text: string, test: (code: number) => boolean): number {
  for (let i = 0; i < text.length; i++) if (test(text.charCodeAt(i))) return i;
  return -1;
}
