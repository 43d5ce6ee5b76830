/** Every file below `dir` (inside `root`), as `/`-separated paths relative to `root`. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function filesUnder(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = dir ? `${dir}/${name}` : name;
    return statSync(join(root, path)).isDirectory() ? filesUnder(root, path) : [path];
  });
}
