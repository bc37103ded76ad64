import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The team's shared reference files (vectors, reference catalog) live beside the repository, not in it.
 * TONGBAN_SHARED_DIR overrides; otherwise ../shared next to the checkout, then /work/shared.
 */
export function sharedDir(): string {
  const candidates = [process.env.TONGBAN_SHARED_DIR, join(repoRoot, '../shared'), '/work/shared'].filter((c): c is string => Boolean(c));
  const found = candidates.find((c) => existsSync(join(c, 'catalog/items.json')));
  if (!found) throw new Error(`shared reference files not found; set TONGBAN_SHARED_DIR (looked in ${candidates.join(', ')})`);
  return found;
}

export function readSharedJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(join(sharedDir(), relativePath), 'utf8')) as T;
}
