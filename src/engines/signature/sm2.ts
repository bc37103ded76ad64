/**
 * SM2 signatures with SM3 (GB/T 32918.2 / GM/T 0003.2) over sm-crypto-v2.
 * Keys: private d as 64 hex characters; public as uncompressed point 04 || x || y, 130 hex characters.
 * Signatures: DER SEQUENCE { r, s } (GM/T 0009), hex.
 */
import { sm2 } from 'sm-crypto-v2';
import { isHexOfLength } from './bytes.js';
import { decodeSignatureDer, encodeSignatureDer } from './der.js';

/** The default distinguishing ID of GM/T 0009 / GB/T 35276, used for Z_A when none is given. */
export const DEFAULT_SM2_USER_ID = '1234567812345678';

/** Order n of the SM2 recommended curve's base point. */
const SM2_ORDER = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
// Z_A starts with ENTL, the ID's length in bits as two bytes.
const MAX_USER_ID_BYTES = 0xffff >> 3;
const PUBLIC_KEY_PATTERN = /^04[0-9a-fA-F]{128}$/;

export function generateSm2KeyPair(): { publicKey: string; privateKey: string } {
  let pair = sm2.generateKeyPairHex();
  // d = n - 1 has no (1 + d)^-1; the standard draws d from [1, n - 2].
  while (!isValidSm2PrivateKey(pair.privateKey)) pair = sm2.generateKeyPairHex();
  return { publicKey: pair.publicKey.toLowerCase(), privateKey: pair.privateKey.toLowerCase() };
}

export function isValidSm2PrivateKey(privateKey: string): boolean {
  if (!isHexOfLength(privateKey, 64)) return false;
  const d = BigInt(`0x${privateKey}`);
  return d >= 1n && d <= SM2_ORDER - 2n;
}

/** The public key as lowercase hex when it is an uncompressed point on the curve, else null. */
export function normalizeSm2PublicKey(publicKey: string): string | null {
  if (typeof publicKey !== 'string' || !PUBLIC_KEY_PATTERN.test(publicKey)) return null;
  const normalized = publicKey.toLowerCase();
  try {
    return sm2.verifyPublicKey(normalized) ? normalized : null;
  } catch {
    return null;
  }
}

export function deriveSm2PublicKey(privateKey: string): string {
  requirePrivateKey(privateKey);
  return sm2.getPublicKeyFromPrivateKey(privateKey.toLowerCase()).toLowerCase();
}

/**
 * Signs e = SM3(Z_A || M) and returns the DER signature as hex.
 * `fixedNonce` exists only to reproduce the published example of GM/T 0003.5; signing with a
 * known or repeated k reveals the private key, so production callers never pass it.
 */
export function signSm2(privateKey: string, message: Uint8Array, userId: string, fixedNonce?: bigint): string {
  requirePrivateKey(privateKey);
  if (!isValidUserId(userId)) throw new RangeError(`SM2 user ID must be at most ${MAX_USER_ID_BYTES} bytes`);
  const d = privateKey.toLowerCase();
  const raw = sm2.doSignature(message, d, {
    hash: true,
    der: false,
    publicKey: sm2.getPublicKeyFromPrivateKey(d),
    userId,
    ...(fixedNonce === undefined ? {} : { pointPool: [nonceToPoint(fixedNonce)] }),
  });
  return encodeSignatureDer({ r: BigInt(`0x${raw.slice(0, 64)}`), s: BigInt(`0x${raw.slice(64)}`) });
}

/** True only for a well-formed DER signature, with r and s in [1, n - 1], that verifies. Never throws. */
export function verifySm2(publicKey: string, message: Uint8Array, signature: string, userId: string): boolean {
  try {
    const point = normalizeSm2PublicKey(publicKey);
    const scalars = decodeSignatureDer(signature);
    if (point === null || scalars === null || !isValidUserId(userId)) return false;
    if (!isScalarInRange(scalars.r) || !isScalarInRange(scalars.s)) return false;
    const raw = scalarHex(scalars.r) + scalarHex(scalars.s);
    return sm2.doVerifySignature(message, raw, point, { hash: true, der: false, userId });
  } catch {
    return false;
  }
}

function requirePrivateKey(privateKey: string): void {
  // The message never echoes the key: it may end up in logs.
  if (!isValidSm2PrivateKey(privateKey)) throw new TypeError('malformed SM2 private key: expected 64 hex characters, 1 <= d <= n - 2');
}

function isValidUserId(userId: string): boolean {
  return typeof userId === 'string' && Buffer.byteLength(userId, 'utf8') <= MAX_USER_ID_BYTES;
}

function isScalarInRange(value: bigint): boolean {
  return value >= 1n && value < SM2_ORDER;
}

function scalarHex(value: bigint): string {
  return value.toString(16).padStart(64, '0');
}

function nonceToPoint(k: bigint): { k: bigint; x1: bigint } {
  if (!isScalarInRange(k)) throw new RangeError('SM2 nonce must be in [1, n - 1]');
  const kG = sm2.getPublicKeyFromPrivateKey(scalarHex(k));
  return { k, x1: BigInt(`0x${kG.slice(2, 66)}`) };
}

