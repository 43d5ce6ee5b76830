/** Turns zod issues into messages that name the pack file and the field. Pure. */
import type { z } from '../lib/zod';

/** `timeline[2].date` style path for one issue. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** One line per issue: `data/stories/x.json: timeline[2].date: must be a real date…` */
export function formatPackIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${fieldPath(issue.path)}: ${issue.message}`);
}

export class PackError extends Error {
  constructor(
    readonly file: string,
    readonly lines: string[],
  ) {
    super(`Invalid story pack ${file}\n  ${lines.join('\n  ')}`);
    this.name = 'PackError';
  }
}
