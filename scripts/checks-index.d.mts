export function checksIndexSource(checksDir: string): string;
export function checkIdsSource(checksDir: string): string;
