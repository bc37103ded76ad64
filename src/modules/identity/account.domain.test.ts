import { describe, expect, it } from 'vitest';
import { afterFailedLogin, isMainlandMobile, isStrongPassword, minutesLocked, viewAccount, type Account } from './account.domain.js';

const account: Account = {
  id: 'a1',
  kind: 'person',
  role: 'citizen',
  username: '110101199003074514',
  name: '张明华',
  idNumber: '110101199003074514',
  creditCode: null,
  phone: '13800138000',
  legalRepresentative: null,
  departmentId: null,
  createdAt: new Date('2026-01-01T00:00:00Z'),
};

describe('viewAccount', () => {
  it('shows the owner their numbers in full', () => {
    expect(viewAccount(account, 'a1')).toMatchObject({ idNumber: '110101199003074514', phone: '13800138000' });
  });

  it('masks ID number, username and phone when someone else looks', () => {
    expect(viewAccount(account, 'other')).toMatchObject({ idNumber: '110101********4514', username: '110101********4514', phone: '138****8000' });
  });
});

describe('password and phone rules', () => {
  it.each([
    ['Secret123', true],
    ['short1', false],
    ['lettersonly', false],
    ['12345678', false],
  ])('%s strong: %s', (password, expected) => expect(isStrongPassword(password)).toBe(expected));

  it('accepts an 11-digit mainland mobile number only', () => {
    expect(isMainlandMobile('13800138000')).toBe(true);
    expect(isMainlandMobile('12800138000')).toBe(false);
    expect(isMainlandMobile('1380013800')).toBe(false);
  });
});

describe('afterFailedLogin', () => {
  const now = new Date('2026-11-28T10:00:00Z');
  it('counts failures below the limit', () => {
    expect(afterFailedLogin({ failedLogins: 1, lockedUntil: null }, now, 5, 15)).toEqual({ failedLogins: 2, lockedUntil: null });
  });

  it('locks for the configured minutes when the limit is reached', () => {
    const locked = afterFailedLogin({ failedLogins: 4, lockedUntil: null }, now, 5, 15);
    expect(locked.lockedUntil?.toISOString()).toBe('2026-11-28T10:15:00.000Z');
    expect(minutesLocked(locked, now)).toBe(15);
    expect(minutesLocked(locked, new Date('2026-11-28T10:15:00Z'))).toBe(0);
  });
});
