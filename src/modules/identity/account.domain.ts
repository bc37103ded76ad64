import type { Role } from '../../plugins/access.js';
import { maskIdNumber, maskPhone } from './identity.domain.js';

export type AccountKind = 'person' | 'enterprise' | 'staff';

export type Account = {
  id: string;
  kind: AccountKind;
  role: Role;
  username: string;
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  phone: string | null;
  legalRepresentative: string | null;
  departmentId: string | null;
  createdAt: Date;
};

/** The account as shown over the API: personal numbers in full only to their owner. */
export type AccountView = Omit<Account, 'createdAt'> & { createdAt: string };

export function viewAccount(account: Account, viewerAccountId: string | null): AccountView {
  const isOwner = viewerAccountId === account.id;
  const reveal = (value: string | null, mask: (v: string) => string) => (value === null || isOwner ? value : mask(value));
  return {
    ...account,
    username: account.kind === 'person' && !isOwner ? maskIdNumber(account.username) : account.username,
    idNumber: reveal(account.idNumber, maskIdNumber),
    phone: reveal(account.phone, maskPhone),
    createdAt: account.createdAt.toISOString(),
  };
}

export function isStrongPassword(password: string): boolean {
  return password.length >= 8 && /[A-Za-z]/.test(password) && /\d/.test(password);
}

export function isMainlandMobile(phone: string): boolean {
  return /^1[3-9]\d{9}$/.test(phone);
}

export type LockState = { failedLogins: number; lockedUntil: Date | null };

/** After a wrong password: count it, and lock the account once the limit is reached. */
export function afterFailedLogin(state: LockState, now: Date, maxFailures: number, lockMinutes: number): LockState {
  const failed = state.failedLogins + 1;
  if (failed >= maxFailures) return { failedLogins: 0, lockedUntil: new Date(now.getTime() + lockMinutes * 60_000) };
  return { failedLogins: failed, lockedUntil: null };
}

export function minutesLocked(state: LockState, now: Date): number {
  if (!state.lockedUntil || state.lockedUntil <= now) return 0;
  return Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 60_000);
}
