/**
 * DER for the ECC signature structure of GM/T 0009 (SM2Signature ::= SEQUENCE { r INTEGER, s INTEGER }).
 * Decoding is strict: one encoding per (r, s), so a re-encoded or padded signature is not a second valid form.
 */
import { hexToBytes } from './bytes.js';

const SEQUENCE_TAG = 0x30;
const INTEGER_TAG = 0x02;
// Short-form lengths only: two 33-byte integers fit in 70 bytes, and DER forbids long form below 128.
const MAX_SHORT_LENGTH = 0x7f;

export interface SignatureScalars {
  r: bigint;
  s: bigint;
}

export function encodeSignatureDer({ r, s }: SignatureScalars): string {
  const body = encodeInteger(r) + encodeInteger(s);
  return `30${lengthHex(body)}${body}`;
}

export function decodeSignatureDer(hex: string): SignatureScalars | null {
  const bytes = hexToBytes(hex);
  if (bytes === null || bytes[0] !== SEQUENCE_TAG) return null;
  const length = bytes[1];
  if (length === undefined || length > MAX_SHORT_LENGTH || length !== bytes.length - 2) return null;
  const r = readInteger(bytes, 2);
  if (r === null) return null;
  const s = readInteger(bytes, r.next);
  if (s === null || s.next !== bytes.length) return null;
  return { r: r.value, s: s.value };
}

function encodeInteger(value: bigint): string {
  if (value < 0n) throw new RangeError('DER encoding of a signature scalar needs a non-negative integer');
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  // A leading byte with the high bit set would read as negative.
  if (Number.parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
  return `02${lengthHex(hex)}${hex}`;
}

function lengthHex(contentHex: string): string {
  const length = contentHex.length / 2;
  if (length > MAX_SHORT_LENGTH) throw new RangeError('DER content too long for a signature');
  return length.toString(16).padStart(2, '0');
}

function readInteger(bytes: Uint8Array, offset: number): { value: bigint; next: number } | null {
  const length = bytes[offset + 1];
  if (bytes[offset] !== INTEGER_TAG || length === undefined || length === 0 || length > MAX_SHORT_LENGTH) return null;
  const start = offset + 2;
  const end = start + length;
  if (end > bytes.length) return null;
  const first = bytes[start] ?? 0;
  const second = bytes[start + 1] ?? 0;
  if (first >= 0x80) return null; // negative
  if (length > 1 && first === 0 && second < 0x80) return null; // non-minimal leading zero
  const value = BigInt(`0x${Buffer.from(bytes.subarray(start, end)).toString('hex')}`);
  return { value, next: end };
}
