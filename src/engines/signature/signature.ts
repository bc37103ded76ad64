/**
 * Signatures for electronic certificates (电子证照): Ed25519 and SM2 with SM3.
 * Every key and signature is lowercase hex text, so it can be stored in a database column or config:
 * - ed25519: public key = raw 32 bytes (64 hex), private key = raw 32-byte seed (64 hex),
 *   signature = raw R || S (128 hex), as in RFC 8032.
 * - sm2-sm3: public key = uncompressed point 04 || x || y (130 hex), private key = d (64 hex),
 *   signature = DER SEQUENCE { r, s } of GM/T 0009 (hex, usually 140–144 characters).
 * Strings given as messages are signed as their UTF-8 bytes.
 */
import { toBytes } from './bytes.js';
import { deriveEd25519PublicKey, generateEd25519KeyPair, isValidEd25519Key, signEd25519, verifyEd25519 } from './ed25519.js';
import { sha256 } from './hash.js';
import { DEFAULT_SM2_USER_ID, deriveSm2PublicKey, generateSm2KeyPair, isValidSm2PrivateKey, normalizeSm2PublicKey, signSm2, verifySm2 } from './sm2.js';

export { canonicalJson } from './canonical-json.js';
export { DEFAULT_SM2_USER_ID } from './sm2.js';

export type SignatureAlgorithm = 'ed25519' | 'sm2-sm3';

export const SIGNATURE_ALGORITHMS: readonly SignatureAlgorithm[] = ['ed25519', 'sm2-sm3'];

export interface SignatureKeyPair {
  algorithm: SignatureAlgorithm;
  publicKey: string;
  privateKey: string;
}

export interface SignatureOptions {
  /** sm2-sm3 only: the signer's distinguishing ID hashed into Z_A; defaults to DEFAULT_SM2_USER_ID. Ignored by ed25519. */
  userId?: string;
}

export function isSignatureAlgorithm(value: unknown): value is SignatureAlgorithm {
  return SIGNATURE_ALGORITHMS.includes(value as SignatureAlgorithm);
}

export function generateKeyPair(algorithm: SignatureAlgorithm): SignatureKeyPair {
  switch (algorithm) {
    case 'ed25519':
      return { algorithm, ...generateEd25519KeyPair() };
    case 'sm2-sm3':
      return { algorithm, ...generateSm2KeyPair() };
    default:
      return unknownAlgorithm(algorithm);
  }
}

/** The public key that belongs to a private key; throws TypeError when the private key is malformed. */
export function derivePublicKey(algorithm: SignatureAlgorithm, privateKey: string): string {
  switch (algorithm) {
    case 'ed25519':
      return deriveEd25519PublicKey(privateKey);
    case 'sm2-sm3':
      return deriveSm2PublicKey(privateKey);
    default:
      return unknownAlgorithm(algorithm);
  }
}

/** Whether a stored key is usable: a well-formed private key, or a well-formed (for SM2: on-curve) public key. */
export function isValidKey(algorithm: SignatureAlgorithm, kind: 'public' | 'private', key: string): boolean {
  switch (algorithm) {
    case 'ed25519':
      return isValidEd25519Key(key);
    case 'sm2-sm3':
      return kind === 'private' ? isValidSm2PrivateKey(key) : normalizeSm2PublicKey(key) !== null;
    default:
      return false;
  }
}

/**
 * Signs a message and returns the signature as hex. Throws TypeError for a malformed private key or
 * an unknown algorithm: both are configuration bugs, not user input.
 */
export function sign(
  algorithm: SignatureAlgorithm,
  privateKey: string,
  message: Uint8Array | string,
  options: SignatureOptions = {},
): string {
  const bytes = toBytes(message);
  switch (algorithm) {
    case 'ed25519':
      return signEd25519(privateKey, bytes);
    case 'sm2-sm3':
      return signSm2(privateKey, bytes, options.userId ?? DEFAULT_SM2_USER_ID);
    default:
      return unknownAlgorithm(algorithm);
  }
}

/** True only when the signature is valid for this key and message. Never throws: anything malformed is false. */
export function verify(
  algorithm: SignatureAlgorithm,
  publicKey: string,
  message: Uint8Array | string,
  signature: string,
  options: SignatureOptions = {},
): boolean {
  try {
    if (typeof message !== 'string' && !(message instanceof Uint8Array)) return false;
    const bytes = toBytes(message);
    switch (algorithm) {
      case 'ed25519':
        return verifyEd25519(publicKey, bytes, signature);
      case 'sm2-sm3':
        return verifySm2(publicKey, bytes, signature, options.userId ?? DEFAULT_SM2_USER_ID);
      default:
        return false;
    }
  } catch {
    return false;
  }
}

/** Key id: the first 16 hex characters of SHA-256 over the public key text (hex compared case-insensitively). */
export function keyFingerprint(publicKey: string): string {
  const text = publicKey.trim();
  const normalized = /^[0-9a-fA-F]+$/.test(text) ? text.toLowerCase() : text;
  return sha256(normalized).slice(0, 16);
}

function unknownAlgorithm(algorithm: never): never {
  throw new TypeError(`unknown signature algorithm: ${String(algorithm)}`);
}
