import { describe, expect, it } from 'vitest';
import { readSharedJson } from '../../../test/support/shared.js';
import {
  birthDateOfCitizenId,
  computeCitizenIdCheckDigit,
  computeCreditCodeCheckChar,
  computeOrganisationCodeCheckChar,
  genderOfCitizenId,
  maskIdNumber,
  maskName,
  maskPersonalText,
  maskPhone,
  validateCitizenId,
  validateCreditCode,
  type IdCheck,
  type IdRule,
} from './identity.domain.js';

type VectorCase = { value: string; valid: boolean; reason: string; rule?: IdRule };
type VectorFile = { citizen_id_cases: VectorCase[]; credit_code_cases: VectorCase[] };

function readVectors(name: 'valid.json' | 'invalid.json'): VectorFile {
  return readSharedJson<VectorFile>(`data/ids/${name}`);
}

const validVectors = readVectors('valid.json');
const invalidVectors = readVectors('invalid.json');
const today = new Date('2026-11-28');

function ruleOf(check: IdCheck): IdRule | null {
  return check.valid ? null : check.rule;
}

function expectFailure(check: IdCheck, rule: IdRule): { zh: string; en: string } {
  if (check.valid) throw new Error(`expected a ${rule} failure, got valid`);
  expect(check.rule).toBe(rule);
  expect(check.reason.zh.length).toBeGreaterThan(0);
  expect(check.reason.en.length).toBeGreaterThan(0);
  return check.reason;
}

/** Builds a citizen ID number with a correct check digit from its first 17 digits. */
function citizenId(first17: string): string {
  return first17 + computeCitizenIdCheckDigit(first17);
}

/** Builds a credit code with correct organisation-code and overall check characters. */
function creditCode(first16: string): string {
  const first17 = first16 + computeOrganisationCodeCheckChar(first16.slice(8, 16));
  return first17 + computeCreditCodeCheckChar(first17);
}

describe('shared vectors (/work/shared/data/ids)', () => {
  it('has cases to check when the vector files are read', () => {
    expect(validVectors.citizen_id_cases.length).toBeGreaterThan(0);
    expect(validVectors.credit_code_cases.length).toBeGreaterThan(0);
    expect(invalidVectors.citizen_id_cases.length).toBeGreaterThan(0);
    expect(invalidVectors.credit_code_cases.length).toBeGreaterThan(0);
  });

  it.each(validVectors.citizen_id_cases)('accepts citizen ID $value when valid ($reason)', ({ value }) => {
    expect(validateCitizenId(value, today)).toEqual({ valid: true });
  });

  it.each(invalidVectors.citizen_id_cases)('rejects citizen ID "$value" by rule $rule when $reason', ({ value, rule }) => {
    expectFailure(validateCitizenId(value, today), rule!);
  });

  it.each(validVectors.credit_code_cases)('accepts credit code $value when valid ($reason)', ({ value }) => {
    expect(validateCreditCode(value)).toEqual({ valid: true });
  });

  it.each(invalidVectors.credit_code_cases)('rejects credit code "$value" by rule $rule when $reason', ({ value, rule }) => {
    expectFailure(validateCreditCode(value), rule!);
  });
});

describe('validateCitizenId', () => {
  it('accepts the example of GB 11643-1999 when the check character is X', () => {
    expect(validateCitizenId('11010519491231002X', today)).toEqual({ valid: true });
  });

  it('fails length with a 15-digit explanation when given a first-generation number', () => {
    const reason = expectFailure(validateCitizenId('110105850712123', today), 'length');
    expect(reason.en).toContain('15-digit');
  });

  it('fails length naming the actual length when the number is too short', () => {
    const reason = expectFailure(validateCitizenId('11010519850712123', today), 'length');
    expect(reason.zh).toContain('17');
    expect(reason.en).toContain('18');
  });

  it('fails length when the value is empty', () => {
    expect(expectFailure(validateCitizenId('', today), 'length').en).toContain('empty');
  });

  it('fails length when there are surrounding spaces, since the caller trims', () => {
    expectFailure(validateCitizenId(' 11010519491231002X', today), 'length');
  });

  it('fails charset asking for uppercase when the check character is a lowercase x', () => {
    expect(expectFailure(validateCitizenId('11010519491231002x', today), 'charset').en).toContain('uppercase X');
  });

  it('fails charset naming the position when a letter is inside the number', () => {
    const reason = expectFailure(validateCitizenId('1101051985O7121231', today), 'charset');
    expect(reason.zh).toContain('第11位');
    expect(reason.en).toContain('Character 11');
  });

  it('fails charset calling it a space when the number contains a space', () => {
    expect(expectFailure(validateCitizenId('110105 19850712123', today), 'charset').en).toContain('a space');
  });

  it('fails charset when X is anywhere but the last position', () => {
    expectFailure(validateCitizenId('1101051949123100X2', today), 'charset');
  });

  it('fails region when the first two digits are not a province code', () => {
    const reason = expectFailure(validateCitizenId(citizenId('99010519850712123'), today), 'region');
    expect(reason.en).toContain('"99"');
  });

  it('accepts residence permits when the area code is 81, 82 or 83', () => {
    for (const prefix of ['81', '82', '83']) {
      expect(validateCitizenId(citizenId(`${prefix}000019850712123`), today)).toEqual({ valid: true });
    }
  });

  it('fails date when the birth date does not exist', () => {
    expect(expectFailure(validateCitizenId(citizenId('11010519850230123'), today), 'date').en).toContain('1985-02-30');
  });

  it('accepts a leap day when the year is divisible by 400', () => {
    expect(validateCitizenId(citizenId('11010120000229101'), today)).toEqual({ valid: true });
  });

  it('fails date when the birth date is after today', () => {
    expect(expectFailure(validateCitizenId(citizenId('11010520261129123'), today), 'date').en).toContain('future');
  });

  it('accepts a birth date of today when today is given as UTC midnight', () => {
    expect(validateCitizenId(citizenId('11010520261128123'), today)).toEqual({ valid: true });
  });

  it('accepts a birth date of today in China when the instant is still the previous day in UTC', () => {
    const earlyMorningInBeijing = new Date('2026-11-28T01:30:00+08:00');
    expect(validateCitizenId(citizenId('11010520261128123'), earlyMorningInBeijing)).toEqual({ valid: true });
  });

  it('fails check_digit without revealing the expected digit when the check digit is wrong', () => {
    const reason = expectFailure(validateCitizenId('110105198507121230', today), 'check_digit');
    expect(reason.zh).toContain('校验位错误');
    expect(reason.en).toContain('check digit');
  });
});

describe('computeCitizenIdCheckDigit', () => {
  it('returns X when the weighted sum leaves 2 (GB 11643 example)', () => {
    expect(computeCitizenIdCheckDigit('11010519491231002')).toBe('X');
  });

  it('returns the digit when the weighted sum does not leave 2', () => {
    expect(computeCitizenIdCheckDigit('11010519970120905')).toBe('5');
  });

  it('throws when not given exactly 17 digits', () => {
    expect(() => computeCitizenIdCheckDigit('1101051949123100')).toThrow(RangeError);
    expect(() => computeCitizenIdCheckDigit('1101051949123100A')).toThrow(RangeError);
  });
});

describe('birthDateOfCitizenId', () => {
  it('returns YYYY-MM-DD when given a valid number', () => {
    expect(birthDateOfCitizenId('11010519491231002X')).toBe('1949-12-31');
  });

  it('throws when the value is not shaped like an 18-character ID number', () => {
    expect(() => birthDateOfCitizenId('110105850712123')).toThrow(RangeError);
  });
});

describe('genderOfCitizenId', () => {
  it('returns male when the sequence code is odd', () => {
    expect(genderOfCitizenId('110105199701209055')).toBe('male');
  });

  it('returns female when the sequence code is even', () => {
    expect(genderOfCitizenId('11010519491231002X')).toBe('female');
  });

  it('throws when the value is not shaped like an 18-character ID number', () => {
    expect(() => genderOfCitizenId('11010519491231002x')).toThrow(RangeError);
  });
});

describe('validateCreditCode', () => {
  it('accepts a code when every check passes', () => {
    expect(validateCreditCode('91110101792301847N')).toEqual({ valid: true });
  });

  it('fails length naming the actual length when the code is too long', () => {
    expect(expectFailure(validateCreditCode('91440300MA5F3K2P8K0'), 'length').zh).toContain('19');
  });

  it('fails length explaining the old registration number when given 15 digits', () => {
    expect(expectFailure(validateCreditCode('440301000012345'), 'length').en).toContain('registration number');
  });

  it('fails length when the value is empty', () => {
    expect(expectFailure(validateCreditCode(''), 'length').en).toContain('empty');
  });

  it('fails charset asking for uppercase when a letter is lowercase', () => {
    expect(expectFailure(validateCreditCode('91440300ma5f3k2p8k'), 'charset').en).toContain('uppercase');
  });

  it('fails charset naming the excluded letters when I, O, S, V or Z is used', () => {
    const reason = expectFailure(validateCreditCode('91440300MA5F3K2I00'), 'charset');
    expect(reason.en).toContain('Character 16');
    expect(reason.en).toContain('I, O, S, V and Z');
  });

  it('fails charset calling it a space when the code contains a space', () => {
    expect(expectFailure(validateCreditCode('91440300 MA5F3K2P8'), 'charset').en).toContain('a space');
  });

  it('fails region when the area code contains a letter', () => {
    expectFailure(validateCreditCode('9144A300MA5F3K2P8F'), 'region');
  });

  it('fails region when the area code does not start with a province code', () => {
    expectFailure(validateCreditCode(creditCode('9199010079230184')), 'region');
  });

  it('accepts the national area code 100000 when a central authority registered the organisation', () => {
    expect(validateCreditCode(creditCode('1110000000001312'))).toEqual({ valid: true });
  });

  it('fails org_code_check when position 17 does not match the organisation code', () => {
    expectFailure(validateCreditCode('91440300MA5F3K2P0T'), 'org_code_check');
  });

  it('fails org_code_check when position 17 is a letter other than X', () => {
    const first17 = '91110101792301840'.slice(0, 16) + 'A';
    expectFailure(validateCreditCode(first17 + computeCreditCodeCheckChar(first17)), 'org_code_check');
  });

  it('fails check_char when the last character is wrong', () => {
    expect(expectFailure(validateCreditCode('91440300MA5F3K2P80'), 'check_char').zh).toContain('校验码错误');
  });
});

describe('computeCreditCodeCheckChar', () => {
  it('returns the GB 32100 check character when given 17 valid characters', () => {
    expect(computeCreditCodeCheckChar('91110101792301847')).toBe('N');
    expect(computeCreditCodeCheckChar('Y1370202116657004')).toBe('X');
  });

  it('throws when a character is outside the alphabet or the length is not 17', () => {
    expect(() => computeCreditCodeCheckChar('9111010179230184I')).toThrow(RangeError);
    expect(() => computeCreditCodeCheckChar('9111010179230184')).toThrow(RangeError);
  });
});

describe('computeOrganisationCodeCheckChar', () => {
  it('returns the digit when 11 - S mod 11 is below 10', () => {
    expect(computeOrganisationCodeCheckChar('79230184')).toBe('7');
  });

  it('returns X when 11 - S mod 11 is 10', () => {
    expect(computeOrganisationCodeCheckChar('76077253')).toBe('X');
  });

  it('returns 0 when 11 - S mod 11 is 11', () => {
    expect(computeOrganisationCodeCheckChar('67440617')).toBe('0');
  });

  it('throws when not given 8 digits or uppercase letters', () => {
    expect(() => computeOrganisationCodeCheckChar('7923018')).toThrow(RangeError);
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 when the number has 18 characters', () => {
    expect(maskIdNumber('110101199003071234')).toBe('110101********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('shows at most half when the length is not 18', () => {
    const masked = maskIdNumber('110105850712123');
    expect(masked).toHaveLength(15);
    expect(masked.replaceAll('*', '').length).toBeLessThanOrEqual(7);
    expect(masked).toBe('11010********23');
  });

  it('masks everything when the value is a single character', () => {
    expect(maskIdNumber('1')).toBe('*');
  });

  it('returns an empty string when the value is empty', () => {
    expect(maskIdNumber('')).toBe('');
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 when given an 11-digit mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('keeps separators and masks the middle digits when given a landline', () => {
    expect(maskPhone('0000-12345601')).toBe('000*-****5601');
  });

  it('shows at most half of the digits when the number is shorter than a mobile number', () => {
    expect(maskPhone('12345678')).toBe('12****78');
  });

  it('returns an empty string when the value is empty', () => {
    expect(maskPhone('')).toBe('');
  });
});

describe('maskName', () => {
  it('keeps the first character when the name has several', () => {
    expect(maskName('张三丰')).toBe('张**');
  });

  it('counts characters outside the basic plane as one when masking', () => {
    expect(maskName('𠮷野家')).toBe('𠮷**');
  });

  it('masks the whole name when it has one character', () => {
    expect(maskName('张')).toBe('*');
  });

  it('returns an empty string when the name is empty', () => {
    expect(maskName('')).toBe('');
  });
});

describe('maskPersonalText', () => {
  it('masks an ID number when it appears inside text', () => {
    expect(maskPersonalText('GET /api/x?id=110105199701209055&y=1')).toBe('GET /api/x?id=110105********9055&y=1');
  });

  it('masks an ID number when it ends in X or x', () => {
    expect(maskPersonalText('证件 11010519491231002X 与 11010519491231002x')).toBe('证件 110105********002X 与 110105********002x');
  });

  it('masks a mobile number when it appears inside Chinese text', () => {
    expect(maskPersonalText('联系电话13812345678，谢谢')).toBe('联系电话138****5678，谢谢');
  });

  it('masks a mobile number when written with spaces or hyphens', () => {
    expect(maskPersonalText('tel 138 1234 5678 / 138-1234-5678')).toBe('tel 138 **** 5678 / 138-****-5678');
  });

  it('keeps the country code and masks the number when prefixed with +86', () => {
    expect(maskPersonalText('phone=+8613812345678')).toBe('phone=+86138****5678');
  });

  it('leaves digits alone when an 11-digit pattern is part of a longer digit run', () => {
    expect(maskPersonalText('order 9138123456789')).toBe('order 9138123456789');
    expect(maskPersonalText('order 1381234567890')).toBe('order 1381234567890');
  });

  it('leaves numbers alone when they are not mobile numbers', () => {
    expect(maskPersonalText('code 12812345678 and 1234567')).toBe('code 12812345678 and 1234567');
  });

  it('masks several numbers when one text holds an ID number and a mobile number', () => {
    expect(maskPersonalText('110101199003071234,13912345678')).toBe('110101********1234,139****5678');
  });

  it('returns the text unchanged when it holds no personal numbers', () => {
    expect(maskPersonalText('')).toBe('');
    expect(maskPersonalText('申请已受理')).toBe('申请已受理');
  });
});
