/**
 * SM3 / SHA-256 digests and SM4 block encryption. Node's OpenSSL is used when it offers the
 * algorithm; builds without it (FIPS mode, OpenSSL compiled with no-sm3/no-sm4) fall back to
 * sm-crypto-v2, with identical results and the same padding and error behaviour.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { sm3 as sm3Portable, sm4 as sm4Portable } from 'sm-crypto-v2';
import { bytesToHex, hexToBytes, isHexOfLength, toBytes } from './bytes.js';

export type Sm4Mode = 'ecb' | 'cbc';

export interface Sm4Options {
  mode: Sm4Mode;
  /** CBC only: 16-byte IV as 32 hex characters; use a fresh random IV for every message. */
  iv?: string;
  /** 'pkcs7' (default) for arbitrary-length data; 'none' for whole 16-byte blocks only. */
  padding?: 'pkcs7' | 'none';
}

const SM4_BLOCK_BYTES = 16;
const SM4_KEY_HEX_CHARS = 32;

const nodeHasSm3 = succeeds(() => createHash('sm3').update('').digest());
const nodeHasSm4 = succeeds(() => {
  createCipheriv('sm4-ecb', Buffer.alloc(SM4_BLOCK_BYTES), null).final();
  createCipheriv('sm4-cbc', Buffer.alloc(SM4_BLOCK_BYTES), Buffer.alloc(SM4_BLOCK_BYTES)).final();
});

/** SM3 digest (GB/T 32905) as 64 lowercase hex characters; strings are hashed as UTF-8. */
export function sm3(data: Uint8Array | string): string {
  const bytes = toBytes(data);
  return nodeHasSm3 ? createHash('sm3').update(bytes).digest('hex') : sm3Portable(bytes);
}

/** SHA-256 digest as 64 lowercase hex characters; strings are hashed as UTF-8. */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(toBytes(data)).digest('hex');
}

/**
 * SM4 encryption (GB/T 32907); strings are encrypted as UTF-8. Returns the ciphertext as lowercase hex.
 * Throws RangeError for a malformed key or IV (a configuration bug, not a user error).
 * CBC gives confidentiality only: pair it with a MAC (e.g. HMAC-SM3) where tampering matters.
 */
export function sm4Encrypt(keyHex: string, data: Uint8Array | string, options: Sm4Options): string {
  const params = sm4Params(keyHex, options);
  const plaintext = toBytes(data);
  const blocks = options.padding === 'none' ? requireWholeBlocks(plaintext) : padPkcs7(plaintext);
  return bytesToHex(sm4Blocks('encrypt', params, blocks));
}

/**
 * SM4 decryption of a hex ciphertext (as returned by sm4Encrypt) or raw bytes.
 * Throws RangeError for a malformed key, IV or ciphertext, and Error when the padding is
 * invalid (wrong key or corrupted data).
 */
export function sm4Decrypt(keyHex: string, ciphertext: Uint8Array | string, options: Sm4Options): Uint8Array {
  const params = sm4Params(keyHex, options);
  const bytes = typeof ciphertext === 'string' ? hexToBytes(ciphertext) : ciphertext;
  if (bytes === null) throw new RangeError('SM4 ciphertext must be hex');
  const plaintext = sm4Blocks('decrypt', params, requireWholeBlocks(bytes));
  return options.padding === 'none' ? plaintext : unpadPkcs7(plaintext);
}

interface Sm4Params {
  mode: Sm4Mode;
  key: Uint8Array;
  iv: Uint8Array | null;
}

function sm4Params(keyHex: string, options: Sm4Options): Sm4Params {
  if (!isHexOfLength(keyHex, SM4_KEY_HEX_CHARS)) throw new RangeError('SM4 key must be 32 hex characters (16 bytes)');
  const key = hexToBytes(keyHex) as Uint8Array;
  if (options.mode === 'ecb') {
    if (options.iv !== undefined) throw new RangeError('SM4 ECB takes no IV');
    return { mode: 'ecb', key, iv: null };
  }
  if (options.mode !== 'cbc') throw new RangeError(`unsupported SM4 mode: ${String(options.mode)}`);
  if (!isHexOfLength(options.iv, SM4_BLOCK_BYTES * 2)) throw new RangeError('SM4 CBC needs an IV of 32 hex characters (16 bytes)');
  return { mode: 'cbc', key, iv: hexToBytes(options.iv) };
}

function sm4Blocks(direction: 'encrypt' | 'decrypt', { mode, key, iv }: Sm4Params, input: Uint8Array): Uint8Array {
  if (input.length === 0) return new Uint8Array(0);
  if (nodeHasSm4) {
    const cipher =
      direction === 'encrypt' ? createCipheriv(`sm4-${mode}`, key, iv) : createDecipheriv(`sm4-${mode}`, key, iv);
    cipher.setAutoPadding(false);
    const output = Buffer.concat([cipher.update(input), cipher.final()]);
    return new Uint8Array(output.buffer, output.byteOffset, output.byteLength);
  }
  const output = sm4Portable.sm4(input, key, direction === 'encrypt' ? 1 : 0, {
    mode,
    padding: 'none',
    output: 'array',
    ...(iv === null ? {} : { iv }),
  });
  if (!(output instanceof Uint8Array)) throw new Error('sm-crypto-v2 returned an unexpected SM4 result');
  return output;
}

function requireWholeBlocks(bytes: Uint8Array): Uint8Array {
  if (bytes.length % SM4_BLOCK_BYTES !== 0) throw new RangeError('SM4 without padding needs whole 16-byte blocks');
  return bytes;
}

function padPkcs7(bytes: Uint8Array): Uint8Array {
  const padLength = SM4_BLOCK_BYTES - (bytes.length % SM4_BLOCK_BYTES);
  const padded = new Uint8Array(bytes.length + padLength);
  padded.set(bytes);
  padded.fill(padLength, bytes.length);
  return padded;
}

function unpadPkcs7(bytes: Uint8Array): Uint8Array {
  const padLength = bytes[bytes.length - 1] ?? 0;
  const valid =
    padLength >= 1 &&
    padLength <= SM4_BLOCK_BYTES &&
    bytes.subarray(bytes.length - padLength).every((byte) => byte === padLength);
  if (!valid) throw new Error('SM4 decryption failed: invalid padding (wrong key or corrupted data)');
  return bytes.slice(0, bytes.length - padLength);
}

function succeeds(probe: () => unknown): boolean {
  try {
    probe();
    return true;
  } catch {
    return false;
  }
}
