export function checksIndexSource(checksDir: string): string;
