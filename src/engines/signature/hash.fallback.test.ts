import { describe, expect, it, vi } from 'vitest';
import { readSharedJson } from '../../../test/support/shared.js';

// Simulate a Node/OpenSSL build without SM3 and SM4 (FIPS mode, no-sm3/no-sm4), so hash.ts
// takes its sm-crypto-v2 path; the real node:crypto stays available to cross-check the results.
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  const refuse = (algorithm: string): void => {
    if (/^sm[34]/i.test(algorithm)) throw new Error(`${algorithm} disabled for this test`);
  };
  return {
    ...real,
    createHash: (...args: Parameters<typeof real.createHash>) => (refuse(args[0]), real.createHash(...args)),
    createCipheriv: (...args: Parameters<typeof real.createCipheriv>) => (refuse(args[0]), real.createCipheriv(...args)),
    createDecipheriv: (...args: Parameters<typeof real.createDecipheriv>) => (refuse(args[0]), real.createDecipheriv(...args)),
  };
});

const { sm3, sm4Decrypt, sm4Encrypt } = await import('./hash.js');
const mocked = await import('node:crypto');
const real = await vi.importActual<typeof import('node:crypto')>('node:crypto');

interface Sm3Vectors {
  vectors: { name: string; message_hex: string; digest_hex: string }[];
}
interface Sm4Vectors {
  vectors: { key: string; plaintext: string; ciphertext: string }[];
}

function readVectors<T>(name: string): T {
  return readSharedJson<T>(`data/sm/${name}`);
}

const sm3Vectors = readVectors<Sm3Vectors>('sm3-vectors.json');
const { key, plaintext, ciphertext } = readVectors<Sm4Vectors>('sm4-vectors.json').vectors[0]!;
const hex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));

describe('node:crypto (mocked)', () => {
  it('refuses SM3 and SM4 when hash.ts probes for them', () => {
    expect(() => mocked.createHash('sm3')).toThrow(/disabled/);
    expect(() => mocked.createCipheriv('sm4-ecb', Buffer.alloc(16), null)).toThrow(/disabled/);
    expect(mocked.createHash('sha256').update('abc').digest('hex')).toMatch(/^ba7816bf/);
  });
});

describe('sm3 (without SM3 in node:crypto)', () => {
  it.each(sm3Vectors.vectors)('returns the published digest when hashing $name', (vector) => {
    expect(sm3(hex(vector.message_hex))).toBe(vector.digest_hex);
  });
});

describe('sm4Encrypt and sm4Decrypt (without SM4 in node:crypto)', () => {
  it('returns the GB/T 32907 A.1 ciphertext and plaintext when run on one block', () => {
    expect(sm4Encrypt(key, hex(plaintext), { mode: 'ecb', padding: 'none' })).toBe(ciphertext);
    expect(Buffer.from(sm4Decrypt(key, ciphertext, { mode: 'ecb', padding: 'none' })).toString('hex')).toBe(plaintext);
  });

  it('matches OpenSSL byte for byte when encrypting text in CBC with PKCS#7', () => {
    const iv = '0f'.repeat(16);
    const text = '身份证号 110101199003074514，住址：北京市东城区';
    const cipher = real.createCipheriv('sm4-cbc', Buffer.from(key, 'hex'), Buffer.from(iv, 'hex'));
    const expected = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('hex');
    expect(sm4Encrypt(key, text, { mode: 'cbc', iv })).toBe(expected);
    expect(new TextDecoder().decode(sm4Decrypt(key, expected, { mode: 'cbc', iv }))).toBe(text);
  });

  it('throws when the decrypted padding is invalid', () => {
    const badlyPadded = sm4Encrypt(key, new Uint8Array(16), { mode: 'ecb', padding: 'none' });
    expect(() => sm4Decrypt(key, badlyPadded, { mode: 'ecb' })).toThrow(/invalid padding/);
  });
});
