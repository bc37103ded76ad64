// Citizen ID numbers (GB 11643-1999), unified social credit codes (GB 32100-2015) and the
// masking of personal numbers. Pure: "today" comes in as an argument.

export type IdRule = 'length' | 'charset' | 'check_digit' | 'check_char' | 'date' | 'region' | 'org_code_check';

export type IdCheck = { valid: true } | { valid: false; rule: IdRule; reason: { zh: string; en: string } };

const VALID: IdCheck = { valid: true };

function invalid(rule: IdRule, zh: string, en: string): IdCheck {
  return { valid: false, rule, reason: { zh, en } };
}

// Province-level codes of GB/T 2260, plus 81/82/83 used in residence permits of Hong Kong,
// Macao and Taiwan residents.
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

// GB/T 2260 code 100000 (the whole country): organisations registered by a central authority.
const NATIONAL_AREA_CODE = '100000';

function describeChar(ch: string): { zh: string; en: string } {
  if (/^\s$/u.test(ch)) return { zh: '空格', en: 'a space' };
  return { zh: `“${ch}”`, en: `"${ch}"` };
}

/** Index of the first character that fails `allowed(ch, index)`, or -1. */
function firstBadCharIndex(chars: readonly string[], allowed: (ch: string, index: number) => boolean): number {
  return chars.findIndex((ch, index) => !allowed(ch, index));
}

// ---------------------------------------------------------------- citizen ID (GB 11643-1999)

const CITIZEN_ID_LENGTH = 18;
const CITIZEN_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CITIZEN_ID_CHECK_CHARS = '10X98765432';
const CITIZEN_ID_SHAPE = /^\d{17}[\dX]$/;

/** ISO 7064 MOD 11-2 check character over the first 17 digits of a citizen ID number. */
export function computeCitizenIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('computeCitizenIdCheckDigit needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * CITIZEN_ID_WEIGHTS[i]!;
  return CITIZEN_ID_CHECK_CHARS[sum % 11]!;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const CHINA_UTC_OFFSET_MS = 8 * 3_600_000;

// Birth dates are calendar dates in China (UTC+8, no daylight saving), so "today" is the date
// there at the given instant; new Date('2026-11-28') (UTC midnight) is 2026-11-28 either way.
function chinaCalendarDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

function checkCitizenIdLength(value: string): IdCheck {
  const length = [...value].length;
  if (length === CITIZEN_ID_LENGTH) return VALID;
  if (length === 0) return invalid('length', '身份证号码为空，应为18位', 'The ID number is empty; it must have 18 characters');
  if (length === 15 && /^\d{15}$/.test(value)) {
    return invalid(
      'length',
      '不支持15位的第一代身份证号码，请填写18位身份证号码',
      'First-generation 15-digit ID numbers are not accepted; enter the 18-character ID number',
    );
  }
  return invalid('length', `身份证号码应为18位，实际为${length}位`, `The ID number must have 18 characters, but has ${length}`);
}

function checkCitizenIdCharset(value: string): IdCheck {
  if (CITIZEN_ID_SHAPE.test(value)) return VALID;
  const chars = [...value];
  const last = CITIZEN_ID_LENGTH - 1;
  const bad = firstBadCharIndex(chars, (ch, i) => /^[0-9]$/.test(ch) || (i === last && ch === 'X'));
  const ch = chars[bad]!;
  if (bad === last && ch === 'x') {
    return invalid('charset', '身份证号码最后一位应为大写字母X', 'The last character of the ID number must be an uppercase X, not a lowercase x');
  }
  const shown = describeChar(ch);
  return invalid(
    'charset',
    `身份证号码第${bad + 1}位${shown.zh}无效：只能是数字，最后一位也可以是大写字母X`,
    `Character ${bad + 1} of the ID number (${shown.en}) is not allowed: only digits, and an uppercase X as the last character`,
  );
}

function checkCitizenIdRegion(value: string): IdCheck {
  const province = value.slice(0, 2);
  if (PROVINCE_CODES.has(province)) return VALID;
  return invalid(
    'region',
    `身份证号码前两位“${province}”不是有效的省级行政区划代码`,
    `The first two digits of the ID number ("${province}") are not a valid province code`,
  );
}

function checkCitizenIdDate(value: string, today: Date): IdCheck {
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const date = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return invalid('date', `身份证号码中的出生日期${date}不存在`, `The birth date in the ID number (${date}) is not a real date`);
  }
  if (date > chinaCalendarDate(today)) {
    return invalid('date', `身份证号码中的出生日期${date}晚于今天`, `The birth date in the ID number (${date}) is in the future`);
  }
  return VALID;
}

function checkCitizenIdCheckDigit(value: string): IdCheck {
  // The expected digit is deliberately not shown: the typo is more often elsewhere.
  if (computeCitizenIdCheckDigit(value.slice(0, 17)) === value[17]) return VALID;
  return invalid('check_digit', '身份证号码校验位错误，请核对号码', 'The check digit of the ID number is wrong; please check the number');
}

/**
 * Checks an 18-character citizen ID number (GB 11643-1999). The value is taken as given: the
 * caller trims; lowercase x is rejected. Rules run from form to meaning, and the most specific
 * failure is reported: length, charset, region, date, check digit.
 */
export function validateCitizenId(value: string, today: Date): IdCheck {
  const checks = [
    () => checkCitizenIdLength(value),
    () => checkCitizenIdCharset(value),
    () => checkCitizenIdRegion(value),
    () => checkCitizenIdDate(value, today),
    () => checkCitizenIdCheckDigit(value),
  ];
  for (const check of checks) {
    const result = check();
    if (!result.valid) return result;
  }
  return VALID;
}

function assertCitizenIdShape(value: string, caller: string): void {
  if (!CITIZEN_ID_SHAPE.test(value)) throw new RangeError(`${caller} needs an 18-character citizen ID number`);
}

/** Birth date (YYYY-MM-DD) of a citizen ID number that has passed validateCitizenId. */
export function birthDateOfCitizenId(value: string): string {
  assertCitizenIdShape(value, 'birthDateOfCitizenId');
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

/** Gender of a citizen ID number that has passed validateCitizenId: odd sequence code = male. */
export function genderOfCitizenId(value: string): 'male' | 'female' {
  assertCitizenIdShape(value, 'genderOfCitizenId');
  return Number(value[16]) % 2 === 1 ? 'male' : 'female';
}

// ------------------------------------------------- unified social credit code (GB 32100-2015)

const CREDIT_CODE_LENGTH = 18;
const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 32100 check character (position 18) over the first 17 characters of a credit code. */
export function computeCreditCodeCheckChar(first17: string): string {
  if (first17.length !== 17 || [...first17].some((ch) => !CREDIT_CODE_ALPHABET.includes(ch))) {
    throw new RangeError('computeCreditCodeCheckChar needs exactly 17 characters of the credit code alphabet');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(first17[i]!) * CREDIT_CODE_WEIGHTS[i]!;
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 organisation code check character (credit code position 17) over its first 8 characters. */
export function computeOrganisationCodeCheckChar(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) throw new RangeError('computeOrganisationCodeCheckChar needs exactly 8 digits or uppercase letters');
  let sum = 0;
  // Digits count 0-9 and letters A=10 .. Z=35, which is exactly their base-36 value.
  for (let i = 0; i < 8; i++) sum += parseInt(first8[i]!, 36) * ORG_CODE_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

function checkCreditCodeLength(value: string): IdCheck {
  const length = [...value].length;
  if (length === CREDIT_CODE_LENGTH) return VALID;
  if (length === 0) {
    return invalid('length', '统一社会信用代码为空，应为18位', 'The unified social credit code is empty; it must have 18 characters');
  }
  if (length === 15 && /^\d{15}$/.test(value)) {
    return invalid(
      'length',
      '15位数字是旧版工商注册号，不是统一社会信用代码，请填写18位统一社会信用代码',
      'A 15-digit number is an old business registration number, not a unified social credit code; enter the 18-character code',
    );
  }
  return invalid(
    'length',
    `统一社会信用代码应为18位，实际为${length}位`,
    `The unified social credit code must have 18 characters, but has ${length}`,
  );
}

function checkCreditCodeCharset(value: string): IdCheck {
  const chars = [...value];
  const bad = firstBadCharIndex(chars, (ch) => CREDIT_CODE_ALPHABET.includes(ch));
  if (bad === -1) return VALID;
  const ch = chars[bad]!;
  const position = bad + 1;
  if (/^[a-z]$/.test(ch)) {
    return invalid(
      'charset',
      `统一社会信用代码中的字母应为大写（第${position}位为“${ch}”）`,
      `Letters in the unified social credit code must be uppercase (character ${position} is "${ch}")`,
    );
  }
  const shown = describeChar(ch);
  return invalid(
    'charset',
    `统一社会信用代码第${position}位${shown.zh}无效：只能是数字和大写字母，且不使用I、O、S、V、Z`,
    `Character ${position} of the unified social credit code (${shown.en}) is not allowed: only digits and uppercase letters except I, O, S, V and Z`,
  );
}

function checkCreditCodeRegion(value: string): IdCheck {
  const area = value.slice(2, 8);
  if (/^\d{6}$/.test(area) && (PROVINCE_CODES.has(area.slice(0, 2)) || area === NATIONAL_AREA_CODE)) return VALID;
  return invalid(
    'region',
    `统一社会信用代码第3至8位“${area}”不是有效的登记管理机关行政区划代码`,
    `Characters 3-8 of the unified social credit code ("${area}") are not a valid area code of the registering authority`,
  );
}

function checkCreditCodeOrgCode(value: string): IdCheck {
  if (computeOrganisationCodeCheckChar(value.slice(8, 16)) === value[16]) return VALID;
  return invalid(
    'org_code_check',
    '统一社会信用代码第9至17位（组织机构代码）校验不通过，请核对代码',
    'The organisation code in characters 9-17 of the unified social credit code fails its check; please check the code',
  );
}

function checkCreditCodeCheckChar(value: string): IdCheck {
  if (computeCreditCodeCheckChar(value.slice(0, 17)) === value[17]) return VALID;
  return invalid(
    'check_char',
    '统一社会信用代码校验码错误，请核对代码',
    'The check character of the unified social credit code is wrong; please check the code',
  );
}

/**
 * Checks an 18-character unified social credit code (GB 32100-2015), including the GB 11714
 * organisation code check on characters 9-17. Taken as given: the caller trims (and may uppercase).
 * Order: length, charset, region, organisation code check, check character.
 */
export function validateCreditCode(value: string): IdCheck {
  const checks = [
    () => checkCreditCodeLength(value),
    () => checkCreditCodeCharset(value),
    () => checkCreditCodeRegion(value),
    () => checkCreditCodeOrgCode(value),
    () => checkCreditCodeCheckChar(value),
  ];
  for (const check of checks) {
    const result = check();
    if (!result.valid) return result;
  }
  return VALID;
}

// ------------------------------------------------------------------------------------ masking

type Kept = { start: number; end: number };

// For a shape other than the standard one: keep the same proportions, never more than half.
function keptProportionally(count: number, standardCount: number, standard: Kept): Kept {
  const budget = Math.floor(count / 2);
  const start = Math.min(Math.floor((standard.start * count) / standardCount), budget);
  const end = Math.min(Math.floor((standard.end * count) / standardCount), budget - start);
  return { start, end };
}

/** Replaces with * every maskable character except the first `kept.start` and last `kept.end` of them. */
function maskMaskable(chars: readonly string[], isMaskable: (ch: string) => boolean, kept: Kept): string {
  const total = chars.filter(isMaskable).length;
  let seen = 0;
  return chars
    .map((ch) => {
      if (!isMaskable(ch)) return ch;
      const index = seen++;
      return index < kept.start || index >= total - kept.end ? ch : '*';
    })
    .join('');
}

const ID_KEPT: Kept = { start: 6, end: 4 };

/** 110101199003071234 → 110101********1234; other lengths keep proportionally less, at most half. */
export function maskIdNumber(value: string): string {
  const chars = [...value];
  const kept = chars.length === CITIZEN_ID_LENGTH ? ID_KEPT : keptProportionally(chars.length, CITIZEN_ID_LENGTH, ID_KEPT);
  return maskMaskable(chars, () => true, kept);
}

const PHONE_KEPT: Kept = { start: 3, end: 4 };
const MOBILE_DIGITS = 11;
const isDigit = (ch: string) => ch >= '0' && ch <= '9';

/**
 * 13812345678 → 138****5678. Separators stay in place and only digits are masked
 * (0000-12345601 → 000*-*****5601); numbers shorter than a mobile number show at most half their digits.
 */
export function maskPhone(value: string): string {
  const chars = [...value];
  const digits = chars.filter(isDigit).length;
  const kept = digits >= MOBILE_DIGITS ? PHONE_KEPT : keptProportionally(digits, MOBILE_DIGITS, PHONE_KEPT);
  return maskMaskable(chars, isDigit, kept);
}

/** 张三丰 → 张**: the first character stays; a one-character name is masked entirely. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*'.repeat(chars.length);
  return chars[0] + '*'.repeat(chars.length - 1);
}

// Any 18-character run of 17 digits and a digit or X, not inside a longer run of digits; the
// check digit is not verified, since a mistyped number is just as personal.
const ID_IN_TEXT = /(?<!\d)\d{17}[\dXx](?!\d)/g;
// Mainland mobile numbers, optionally written 138 1234 5678 or 138-1234-5678; a +86 / 0086 / 86
// prefix is left as it is, and the number must not be part of a longer run of digits otherwise.
const MOBILE_IN_TEXT = /(?<!\d)((?:\+|00)?86[- ]?)?(1[3-9]\d(?:[- ]?\d{4}){2})(?!\d)/g;

/** Log redaction safety net: masks citizen ID numbers and mainland mobile numbers anywhere in text. */
export function maskPersonalText(text: string): string {
  return text
    .replace(ID_IN_TEXT, (id) => maskIdNumber(id))
    .replace(MOBILE_IN_TEXT, (_match, prefix: string | undefined, mobile: string) => (prefix ?? '') + maskPhone(mobile));
}
