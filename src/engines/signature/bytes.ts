/** Byte and hex helpers shared by the signature engine; strings passed as data mean UTF-8 text. */

const HEX_PATTERN = /^(?:[0-9a-fA-F]{2})*$/;

/** UTF-8 bytes of a string, or the bytes themselves. */
export function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

export function bytesToHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** Strict hex decoding: null unless the text is whole bytes of hex digits (Buffer.from alone stops silently at junk). */
export function hexToBytes(hex: string): Uint8Array | null {
  if (typeof hex !== 'string' || !HEX_PATTERN.test(hex)) return null;
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

export function isHexOfLength(value: unknown, hexChars: number): value is string {
  return typeof value === 'string' && value.length === hexChars && HEX_PATTERN.test(value);
}
