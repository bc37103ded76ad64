import { describe, expect, it } from 'vitest';
import { decodeSignatureDer, encodeSignatureDer } from './der.js';
import {
  canonicalJson,
  DEFAULT_SM2_USER_ID,
  derivePublicKey,
  generateKeyPair,
  isSignatureAlgorithm,
  isValidKey,
  keyFingerprint,
  sha256,
  sign,
  SIGNATURE_ALGORITHMS,
  sm3,
  sm4Decrypt,
  sm4Encrypt,
  verify,
  type SignatureAlgorithm,
} from './index.js';
import { signSm2 } from './sm2.js';
import { readSharedJson } from '../../../test/support/shared.js';

interface Sm3Vectors {
  vectors: { name: string; message_hex: string; message_ascii: string; digest_hex: string }[];
  long_message: { digest_hex: string };
}
interface Sm4Vectors {
  vectors: { name: string; key: string; plaintext: string; ciphertext: string; iterations?: number }[];
}
interface Sm2Vectors {
  curve: { p: string; a: string; b: string; n: string; gx: string; gy: string };
  signatures: {
    name: string;
    message_ascii: string;
    message_hex: string;
    user_id_ascii: string;
    user_id_hex: string;
    private_key: string;
    public_x: string;
    public_y: string;
    e: string;
    r: string;
    s: string;
    signature_der: string;
  }[];
}

function readVectors<T>(name: string): T {
  return readSharedJson<T>(`data/sm/${name}`);
}

const sm3Vectors = readVectors<Sm3Vectors>('sm3-vectors.json');
const sm4Vectors = readVectors<Sm4Vectors>('sm4-vectors.json');
const sm2Vectors = readVectors<Sm2Vectors>('sm2-vectors.json');
const sm2Example = sm2Vectors.signatures[0]!;
const sm2ExamplePublicKey = `04${sm2Example.public_x}${sm2Example.public_y}`;
const sm2Order = BigInt(`0x${sm2Vectors.curve.n}`);

const hex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));
const flipHexChar = (text: string, index: number): string =>
  text.slice(0, index) + (text[index] === '0' ? '1' : '0') + text.slice(index + 1);

describe('sm3', () => {
  it.each(sm3Vectors.vectors)('returns the published digest when hashing $name', (vector) => {
    expect(sm3(hex(vector.message_hex))).toBe(vector.digest_hex);
    expect(sm3(vector.message_ascii)).toBe(vector.digest_hex);
  });

  it('returns the published digest when hashing 1,000,000 x "a"', () => {
    expect(sm3(new Uint8Array(1_000_000).fill(0x61))).toBe(sm3Vectors.long_message.digest_hex);
  });

  it('hashes the UTF-8 bytes when given a string', () => {
    expect(sm3('通办')).toBe(sm3(new TextEncoder().encode('通办')));
  });
});

describe('sha256', () => {
  it('returns the FIPS 180-2 digest when hashing "abc"', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('sm4Encrypt', () => {
  const [oneBlock, iterated] = sm4Vectors.vectors;

  it('returns the GB/T 32907 A.1 ciphertext when encrypting one block in ECB without padding', () => {
    expect(sm4Encrypt(oneBlock!.key, hex(oneBlock!.plaintext), { mode: 'ecb', padding: 'none' })).toBe(oneBlock!.ciphertext);
  });

  it('returns the GB/T 32907 A.2 ciphertext when encrypting the block 1,000,000 times', () => {
    let block = hex(iterated!.plaintext);
    for (let round = 0; round < iterated!.iterations!; round += 1) {
      block = hex(sm4Encrypt(iterated!.key, block, { mode: 'ecb', padding: 'none' }));
    }
    expect(Buffer.from(block).toString('hex')).toBe(iterated!.ciphertext);
  });

  it('returns a different ciphertext when the CBC IV changes', () => {
    const key = oneBlock!.key;
    const first = sm4Encrypt(key, '身份证号 110101199003074514', { mode: 'cbc', iv: '00'.repeat(16) });
    const second = sm4Encrypt(key, '身份证号 110101199003074514', { mode: 'cbc', iv: '01'.repeat(16) });
    expect(first).not.toBe(second);
    expect(first).toHaveLength(64); // 30 UTF-8 bytes padded to two blocks
  });

  it('adds a whole padding block when the plaintext is a multiple of 16 bytes', () => {
    expect(sm4Encrypt(oneBlock!.key, hex(oneBlock!.plaintext), { mode: 'ecb' })).toHaveLength(64);
  });

  it('throws RangeError when the key, IV or block length is malformed', () => {
    expect(() => sm4Encrypt('0123', 'x', { mode: 'ecb' })).toThrow(RangeError);
    expect(() => sm4Encrypt(oneBlock!.key, 'x', { mode: 'cbc' })).toThrow(RangeError);
    expect(() => sm4Encrypt(oneBlock!.key, 'x', { mode: 'cbc', iv: 'zz'.repeat(16) })).toThrow(RangeError);
    expect(() => sm4Encrypt(oneBlock!.key, 'x', { mode: 'ecb', iv: '00'.repeat(16) })).toThrow(RangeError);
    expect(() => sm4Encrypt(oneBlock!.key, 'x', { mode: 'ecb', padding: 'none' })).toThrow(RangeError);
  });
});

describe('sm4Decrypt', () => {
  const { key, plaintext, ciphertext } = sm4Vectors.vectors[0]!;

  it('returns the GB/T 32907 A.1 plaintext when decrypting its ciphertext', () => {
    expect(Buffer.from(sm4Decrypt(key, ciphertext, { mode: 'ecb', padding: 'none' })).toString('hex')).toBe(plaintext);
    expect(Buffer.from(sm4Decrypt(key, hex(ciphertext), { mode: 'ecb', padding: 'none' })).toString('hex')).toBe(plaintext);
  });

  it.each(['', '张三', '身份证号 110101199003074514，住址：北京市东城区'])('round-trips "%s" when padding with PKCS#7 in CBC', (text) => {
    const options = { mode: 'cbc', iv: '0f'.repeat(16) } as const;
    const decrypted = sm4Decrypt(key, sm4Encrypt(key, text, options), options);
    expect(new TextDecoder().decode(decrypted)).toBe(text);
  });

  it('throws when the decrypted padding is invalid', () => {
    const badlyPadded = sm4Encrypt(key, new Uint8Array(16), { mode: 'ecb', padding: 'none' });
    expect(() => sm4Decrypt(key, badlyPadded, { mode: 'ecb' })).toThrow(/invalid padding/);
  });

  it('throws RangeError when the ciphertext is not whole blocks of hex', () => {
    expect(() => sm4Decrypt(key, 'not hex', { mode: 'ecb' })).toThrow(RangeError);
    expect(() => sm4Decrypt(key, ciphertext.slice(2), { mode: 'ecb' })).toThrow(RangeError);
  });
});

describe('verify (GM/T 0003.5 SM2 example)', () => {
  it('returns true when checking the published signature with the published key, message and user ID', () => {
    expect(sm2Example.user_id_ascii).toBe(DEFAULT_SM2_USER_ID);
    const options = { userId: sm2Example.user_id_ascii };
    expect(verify('sm2-sm3', sm2ExamplePublicKey, sm2Example.message_ascii, sm2Example.signature_der, options)).toBe(true);
    expect(verify('sm2-sm3', sm2ExamplePublicKey, hex(sm2Example.message_hex), sm2Example.signature_der)).toBe(true);
  });

  it('returns false when the published signature is checked with another user ID', () => {
    const options = { userId: 'ALICE123@YAHOO.COM' };
    expect(verify('sm2-sm3', sm2ExamplePublicKey, sm2Example.message_ascii, sm2Example.signature_der, options)).toBe(false);
  });

  it('matches the published Z_A-based digest e when computing SM3(Z_A || M)', () => {
    const { a, b, gx, gy } = sm2Vectors.curve;
    const entl = (sm2Example.user_id_hex.length * 4).toString(16).padStart(4, '0');
    const za = sm3(hex(entl + sm2Example.user_id_hex + a + b + gx + gy + sm2Example.public_x + sm2Example.public_y));
    expect(sm3(hex(za + sm2Example.message_hex))).toBe(sm2Example.e);
  });

  it('decodes the published DER into the published r and s', () => {
    expect(decodeSignatureDer(sm2Example.signature_der)).toEqual({ r: BigInt(`0x${sm2Example.r}`), s: BigInt(`0x${sm2Example.s}`) });
    expect(encodeSignatureDer({ r: BigInt(`0x${sm2Example.r}`), s: BigInt(`0x${sm2Example.s}`) })).toBe(sm2Example.signature_der);
  });

  it('derives the published public key when given the published private key', () => {
    expect(derivePublicKey('sm2-sm3', sm2Example.private_key)).toBe(sm2ExamplePublicKey);
  });

  it('reproduces the published signature byte for byte when signing with the published k', () => {
    // k as printed in GM/T 0003.5 A.2 (not in the vector file); s = (1 + d)^-1 (k - r d) ties it to the file's d, r, s.
    const k = 0x59276e27d506861a16680f3ad9c02dccef3cc1fa3cdbe4ce6d54b80deac1bc21n;
    const [d, r, s] = [sm2Example.private_key, sm2Example.r, sm2Example.s].map((value) => BigInt(`0x${value}`)) as [bigint, bigint, bigint];
    expect((s * (1n + d) + r * d) % sm2Order).toBe(k);
    const message = hex(sm2Example.message_hex);
    expect(signSm2(sm2Example.private_key, message, sm2Example.user_id_ascii, k)).toBe(sm2Example.signature_der);
  });
});

describe('verify (RFC 8032 Ed25519 test 1)', () => {
  const privateKey = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
  const publicKey = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
  const signature =
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';

  it('reproduces the published key and signature when signing the empty message', () => {
    expect(derivePublicKey('ed25519', privateKey)).toBe(publicKey);
    expect(sign('ed25519', privateKey, new Uint8Array(0))).toBe(signature);
    expect(verify('ed25519', publicKey, '', signature)).toBe(true);
  });
});

describe.each(SIGNATURE_ALGORITHMS)('sign and verify (%s)', (algorithm: SignatureAlgorithm) => {
  const keys = generateKeyPair(algorithm);
  const otherKeys = generateKeyPair(algorithm);
  const message = canonicalJson({ certificateNo: 'BJ-2026-000123', holder: '张三', type: '营业执照' });
  const signature = sign(algorithm, keys.privateKey, message);

  it('returns true when the signature comes from the matching private key', () => {
    expect(verify(algorithm, keys.publicKey, message, signature)).toBe(true);
    expect(verify(algorithm, keys.publicKey, new TextEncoder().encode(message), signature)).toBe(true);
    expect(verify(algorithm, keys.publicKey, message, signature.toUpperCase())).toBe(true);
  });

  it('returns false when the message is tampered with', () => {
    expect(verify(algorithm, keys.publicKey, message.replace('张三', '李四'), signature)).toBe(false);
    expect(verify(algorithm, keys.publicKey, `${message} `, signature)).toBe(false);
  });

  it('returns false when the signature comes from another key', () => {
    expect(verify(algorithm, keys.publicKey, message, sign(algorithm, otherKeys.privateKey, message))).toBe(false);
    expect(verify(algorithm, otherKeys.publicKey, message, signature)).toBe(false);
  });

  it.each([
    ['a flipped character', (sig: string) => flipHexChar(sig, sig.length - 3)],
    ['a truncated signature', (sig: string) => sig.slice(0, -2)],
    ['an extra trailing byte', (sig: string) => `${sig}00`],
    ['non-hex text', (sig: string) => `zz${sig.slice(2)}`],
    ['an odd length', (sig: string) => sig.slice(0, -1)],
    ['an empty string', () => ''],
  ])('returns false when the signature is garbled with %s', (_, garble) => {
    expect(verify(algorithm, keys.publicKey, message, garble(signature))).toBe(false);
  });

  it.each([
    ['a flipped character', (key: string) => flipHexChar(key, 20)],
    ['a truncated key', (key: string) => key.slice(0, -2)],
    ['non-hex text', (key: string) => `${key.slice(0, -2)}zz`],
    ['an empty string', () => ''],
    ['the private key', () => keys.privateKey],
  ])('returns false when the public key is garbled with %s', (_, garble) => {
    expect(verify(algorithm, garble(keys.publicKey), message, signature)).toBe(false);
  });

  it('returns false when given values of the wrong type instead of throwing', () => {
    const loose = verify as (...args: unknown[]) => boolean;
    expect(loose(algorithm, null, message, signature)).toBe(false);
    expect(loose(algorithm, keys.publicKey, { message }, signature)).toBe(false);
    expect(loose(algorithm, keys.publicKey, message, 42)).toBe(false);
    expect(loose('rsa', keys.publicKey, message, signature)).toBe(false);
  });

  it('derives the generated public key when given the generated private key', () => {
    expect(derivePublicKey(algorithm, keys.privateKey)).toBe(keys.publicKey);
    expect(isValidKey(algorithm, 'public', keys.publicKey)).toBe(true);
    expect(isValidKey(algorithm, 'private', keys.privateKey)).toBe(true);
  });

  it('throws TypeError without echoing the key when the private key is malformed', () => {
    const malformed = `${keys.privateKey.slice(0, -2)}zz`;
    expect(() => sign(algorithm, malformed, message)).toThrow(TypeError);
    try {
      sign(algorithm, malformed, message);
    } catch (error) {
      expect(String(error)).not.toContain(malformed.slice(0, 16));
    }
  });
});

describe('sign and verify (formats)', () => {
  it('uses raw hex keys and a raw 64-byte signature when the algorithm is ed25519', () => {
    const keys = generateKeyPair('ed25519');
    expect(keys).toMatchObject({ algorithm: 'ed25519', publicKey: expect.stringMatching(/^[0-9a-f]{64}$/), privateKey: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(sign('ed25519', keys.privateKey, 'x')).toMatch(/^[0-9a-f]{128}$/);
  });

  it('uses an uncompressed 04||x||y public key and a DER signature when the algorithm is sm2-sm3', () => {
    const keys = generateKeyPair('sm2-sm3');
    expect(keys.publicKey).toMatch(/^04[0-9a-f]{128}$/);
    expect(keys.privateKey).toMatch(/^[0-9a-f]{64}$/);
    const signature = sign('sm2-sm3', keys.privateKey, 'x');
    expect(decodeSignatureDer(signature)).not.toBeNull();
    expect(encodeSignatureDer(decodeSignatureDer(signature)!)).toBe(signature);
  });

  it('returns false when an SM2 signature is checked under another user ID', () => {
    const keys = generateKeyPair('sm2-sm3');
    const signature = sign('sm2-sm3', keys.privateKey, 'x', { userId: 'ALICE123@YAHOO.COM' });
    expect(verify('sm2-sm3', keys.publicKey, 'x', signature, { userId: 'ALICE123@YAHOO.COM' })).toBe(true);
    expect(verify('sm2-sm3', keys.publicKey, 'x', signature)).toBe(false);
  });

  it('returns false when an SM2 signature is re-encoded with out-of-range or non-minimal integers', () => {
    const r = BigInt(`0x${sm2Example.r}`);
    const s = BigInt(`0x${sm2Example.s}`);
    const check = (signature: string): boolean => verify('sm2-sm3', sm2ExamplePublicKey, sm2Example.message_ascii, signature);
    expect(check(encodeSignatureDer({ r, s: s + sm2Order }))).toBe(false);
    expect(check(encodeSignatureDer({ r: r + sm2Order, s }))).toBe(false);
    expect(check(encodeSignatureDer({ r, s: 0n }))).toBe(false);
    // r with a redundant leading zero byte: same value, non-DER encoding
    expect(check(`3047022200${sm2Example.signature_der.slice(8)}`)).toBe(false);
    // raw r||s is not accepted where DER is expected
    expect(check(sm2Example.r + sm2Example.s)).toBe(false);
  });

  it('returns false when the SM2 public key is not a point on the curve', () => {
    const offCurve = `04${sm2Example.public_x}${flipHexChar(sm2Example.public_y, 63)}`;
    expect(isValidKey('sm2-sm3', 'public', offCurve)).toBe(false);
    expect(verify('sm2-sm3', offCurve, sm2Example.message_ascii, sm2Example.signature_der)).toBe(false);
  });

  it('returns false when a signature of one algorithm is checked as the other', () => {
    const ed = generateKeyPair('ed25519');
    const sm = generateKeyPair('sm2-sm3');
    expect(verify('sm2-sm3', sm.publicKey, 'x', sign('ed25519', ed.privateKey, 'x'))).toBe(false);
    expect(verify('ed25519', ed.publicKey, 'x', sign('sm2-sm3', sm.privateKey, 'x'))).toBe(false);
  });

  it('throws TypeError when signing with an SM2 private key outside [1, n - 2]', () => {
    expect(() => sign('sm2-sm3', '00'.repeat(32), 'x')).toThrow(TypeError);
    expect(() => sign('sm2-sm3', (sm2Order - 1n).toString(16), 'x')).toThrow(TypeError);
  });
});

describe('isSignatureAlgorithm', () => {
  it('accepts only the supported algorithm names when parsing stored text', () => {
    expect(isSignatureAlgorithm('ed25519')).toBe(true);
    expect(isSignatureAlgorithm('sm2-sm3')).toBe(true);
    expect(isSignatureAlgorithm('sm2')).toBe(false);
    expect(isSignatureAlgorithm(undefined)).toBe(false);
  });
});

describe('keyFingerprint', () => {
  it('returns 16 hex characters of SHA-256 over the key text when given a public key', () => {
    const { publicKey } = generateKeyPair('ed25519');
    expect(keyFingerprint(publicKey)).toBe(sha256(publicKey).slice(0, 16));
    expect(keyFingerprint(publicKey)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('returns the same id when the hex key differs only in case or surrounding whitespace', () => {
    expect(keyFingerprint(` ${sm2ExamplePublicKey.toUpperCase()}\n`)).toBe(keyFingerprint(sm2ExamplePublicKey));
  });

  it('returns different ids when the keys differ', () => {
    expect(keyFingerprint(generateKeyPair('sm2-sm3').publicKey)).not.toBe(keyFingerprint(sm2ExamplePublicKey));
  });
});

describe('canonicalJson', () => {
  it('returns the same text when object keys are inserted in a different order', () => {
    const a = { holder: { name: '张三', id: '110101199003074514' }, no: 'BJ-1', issued: ['2026-01-01', 2] };
    const b = { issued: ['2026-01-01', 2], no: 'BJ-1', holder: { id: '110101199003074514', name: '张三' } };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"holder":{"id":"110101199003074514","name":"张三"},"issued":["2026-01-01",2],"no":"BJ-1"}');
  });

  it('sorts keys by UTF-16 code units when keys leave the BMP (RFC 8785 §3.2.3)', () => {
    const sorted: [string, string][] = [
      ['\r', 'Carriage Return'],
      ['1', 'One'],
      ['\u0080', 'Control'],
      ['\u00f6', 'Latin Small Letter O With Diaeresis'],
      ['\u20ac', 'Euro Sign'],
      ['\ud83d\ude00', 'Emoji: Grinning Face'],
      ['\ufb33', 'Hebrew Letter Dalet With Dagesh'],
    ];
    const shuffled = Object.fromEntries([sorted[4]!, sorted[0]!, sorted[6]!, sorted[1]!, sorted[5]!, sorted[2]!, sorted[3]!]);
    const expected = `{${sorted.map(([key, text]) => `${JSON.stringify(key)}:${JSON.stringify(text)}`).join(',')}}`;
    expect(canonicalJson(shuffled)).toBe(expected);
  });

  it('serialises numbers and strings as RFC 8785 does when given its examples', () => {
    expect(canonicalJson([1e21, 1e-7, 0.000001, -0, 333333333.33333329, 1e30, 4.5, 2e-3])).toBe(
      '[1e+21,1e-7,0.000001,0,333333333.3333333,1e+30,4.5,0.002]',
    );
    expect(canonicalJson('\u20ac$\u000f\nA\'B"\\\\"/')).toBe('"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"');
  });

  it('omits undefined properties and serialises dates through toJSON', () => {
    expect(canonicalJson({ b: undefined, a: new Date('2026-01-02T03:04:05Z') })).toBe('{"a":"2026-01-02T03:04:05.000Z"}');
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a bigint', 1n],
    ['a function', () => 1],
    ['undefined at the top level', undefined],
    ['undefined in an array', [1, undefined]],
    ['a Map', new Map([['a', 1]])],
    ['an unpaired surrogate', 'x\ud800y'],
    ['an unpaired surrogate in a key', { '\udc00': 1 }],
  ])('throws TypeError when given %s', (_, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('throws TypeError when the structure is circular', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => canonicalJson(loop)).toThrow(/circular/);
  });

  it('accepts a repeated (non-circular) reference', () => {
    const shared = { a: 1 };
    expect(canonicalJson({ x: shared, y: shared })).toBe('{"x":{"a":1},"y":{"a":1}}');
  });
});
