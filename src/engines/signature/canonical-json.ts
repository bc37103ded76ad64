/**
 * Deterministic JSON for signing, after RFC 8785 (JCS): object keys sorted by UTF-16 code units,
 * no whitespace, strings and numbers serialised as ECMAScript JSON.stringify does.
 * Where JSON.stringify would silently change data (NaN → null, a Map → {}, a function dropped
 * from an array), this throws a TypeError instead: a signed payload must mean what it says.
 * Object properties whose value is undefined are left out, as JSON.stringify does, so optional
 * fields sign the same whether absent or undefined. Objects with toJSON (Date) are serialised
 * through it, so a payload signs the same before and after a JSON round trip.
 */
export function canonicalJson(value: unknown): string {
  return serialize(value, []);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function serialize(value: unknown, ancestors: object[]): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson cannot encode the number ${value}`);
      return JSON.stringify(value);
    case 'string':
      return serializeString(value);
    case 'object':
      return serializeObject(value, ancestors);
    default:
      throw new TypeError(`canonicalJson cannot encode a value of type ${typeof value}`);
  }
}

function serializeString(value: string): string {
  // I-JSON (RFC 7493), which JCS requires, has no unpaired surrogates.
  if (LONE_SURROGATE.test(value)) throw new TypeError('canonicalJson cannot encode a string with an unpaired surrogate');
  return JSON.stringify(value);
}

function serializeObject(value: object, ancestors: object[]): string {
  if (ancestors.includes(value)) throw new TypeError('canonicalJson cannot encode a circular structure');
  const toJSON: unknown = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return serialize(toJSON.call(value, ''), ancestors);
  const inner = [...ancestors, value];
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (item === undefined) throw new TypeError(`canonicalJson cannot encode undefined at array index ${index}`);
      items.push(serialize(item, inner));
    }
    return `[${items.join(',')}]`;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(`canonicalJson cannot encode a ${value.constructor?.name ?? 'non-plain'} object`);
  }
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  // Default sort compares UTF-16 code units, which is the order JCS prescribes.
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined) continue;
    members.push(`${serializeString(key)}:${serialize(member, inner)}`);
  }
  return `{${members.join(',')}}`;
}
