import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The key that encrypts signing keys at rest: configured, or generated once and kept in a file only the owner can read. */
export function resolveMasterKey(configured: string | undefined, file: string): string {
  if (configured) return configured.toLowerCase();
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (/^[0-9a-f]{32}$/.test(stored)) return stored;
    throw new Error(`${file} does not hold a 32-hex-character key`);
  }
  const key = randomBytes(16).toString('hex');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}
