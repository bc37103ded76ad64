/**
 * Ed25519 (RFC 8032) through Node's crypto.
 * Keys: the raw 32-byte public key and the raw 32-byte private seed, each as 64 hex characters.
 * Signatures: the raw 64-byte R || S, as 128 hex characters.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { bytesToHex, isHexOfLength } from './bytes.js';

// Fixed DER headers that wrap a raw Ed25519 key as SPKI / PKCS#8 (RFC 8410).
const SPKI_HEADER = Buffer.from('302a300506032b6570032100', 'hex');
const PKCS8_HEADER = Buffer.from('302e020100300506032b657004220420', 'hex');
const KEY_HEX_CHARS = 64;
const SIGNATURE_HEX_CHARS = 128;

export function generateEd25519KeyPair(): { publicKey: string; privateKey: string } {
  const pair = generateKeyPairSync('ed25519');
  return { publicKey: exportPublicKey(pair.publicKey), privateKey: exportPrivateKey(pair.privateKey) };
}

/** Shape check only: every 32 bytes decode as some Ed25519 key (a bad public key just never verifies). */
export function isValidEd25519Key(key: string): boolean {
  return isHexOfLength(key, KEY_HEX_CHARS);
}

export function deriveEd25519PublicKey(privateKey: string): string {
  return exportPublicKey(createPublicKey(importPrivateKey(privateKey)));
}

export function signEd25519(privateKey: string, message: Uint8Array): string {
  return sign(null, message, importPrivateKey(privateKey)).toString('hex');
}

/** True only for a 64-hex public key and a 128-hex signature that verifies. Never throws. */
export function verifyEd25519(publicKey: string, message: Uint8Array, signature: string): boolean {
  if (!isHexOfLength(publicKey, KEY_HEX_CHARS) || !isHexOfLength(signature, SIGNATURE_HEX_CHARS)) return false;
  try {
    const key = createPublicKey({ key: Buffer.concat([SPKI_HEADER, Buffer.from(publicKey, 'hex')]), format: 'der', type: 'spki' });
    return verify(null, message, key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}

function importPrivateKey(privateKey: string): KeyObject {
  // The message never echoes the key: it may end up in logs.
  if (!isValidEd25519Key(privateKey)) throw new TypeError('malformed Ed25519 private key: expected 64 hex characters');
  const der = Buffer.concat([PKCS8_HEADER, Buffer.from(privateKey, 'hex')]);
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

function exportPublicKey(key: KeyObject): string {
  return stripHeader(key.export({ format: 'der', type: 'spki' }), SPKI_HEADER);
}

function exportPrivateKey(key: KeyObject): string {
  return stripHeader(key.export({ format: 'der', type: 'pkcs8' }), PKCS8_HEADER);
}

function stripHeader(der: Buffer, header: Buffer): string {
  if (der.length !== header.length + KEY_HEX_CHARS / 2 || !der.subarray(0, header.length).equals(header)) {
    throw new Error('unexpected Ed25519 DER layout from node:crypto');
  }
  return bytesToHex(der.subarray(header.length));
}
