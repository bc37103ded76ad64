import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { Db } from '../../db/database.js';
import { hashSessionToken, type Principal, type Role } from '../../plugins/access.js';
import { fail, ok, type Result } from '../../plugins/errors.js';
import { afterFailedLogin, isMainlandMobile, isStrongPassword, minutesLocked, type Account, type AccountKind } from './account.domain.js';
import { validateCitizenId, validateCreditCode } from './identity.domain.js';
import type { IdentityErrorCode } from './identity.errors.js';
import * as repo from './identity.repository.js';

export type IdentitySettings = {
  sessionTtlHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
};

export type PersonRegistration = { kind: 'person'; name: string; idNumber: string; phone: string; password: string };
export type EnterpriseRegistration = {
  kind: 'enterprise';
  name: string;
  creditCode: string;
  legalRepresentative: string;
  phone: string;
  password: string;
};
export type StaffRegistration = {
  kind: 'staff';
  role: Exclude<Role, 'citizen' | 'enterprise'>;
  username: string;
  name: string;
  phone: string | null;
  departmentId: string | null;
  password: string;
};
export type Registration = PersonRegistration | EnterpriseRegistration | StaffRegistration;

export type Session = { account: Account; token: string; csrfToken: string; expiresAt: Date };

// Memory 19 MiB, 2 passes: the OWASP minimum for argon2id, fast enough for a login burst on 2 cores.
const argonOptions = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, argonOptions);
}

type RegistrationCheck = Result<{ username: string; role: Role; kind: AccountKind }, IdentityErrorCode>;

function checkRegistration(input: Registration, today: Date): RegistrationCheck {
  if (input.phone !== null && !isMainlandMobile(input.phone)) return fail('INVALID_PHONE');
  if (!isStrongPassword(input.password)) return fail('WEAK_PASSWORD');
  if (input.kind === 'person') {
    const check = validateCitizenId(input.idNumber, today);
    if (!check.valid) return fail('INVALID_ID_NUMBER', { reason: check.reason.zh });
    return ok({ username: input.idNumber, role: 'citizen', kind: 'person' });
  }
  if (input.kind === 'enterprise') {
    const check = validateCreditCode(input.creditCode);
    if (!check.valid) return fail('INVALID_CREDIT_CODE', { reason: check.reason.zh });
    return ok({ username: input.creditCode, role: 'enterprise', kind: 'enterprise' });
  }
  if (input.role === 'officer' && !input.departmentId) return fail('OFFICER_NEEDS_DEPARTMENT');
  return ok({ username: input.username, role: input.role, kind: 'staff' });
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === '23505';
}

export function createIdentityService(db: Db, settings: IdentitySettings) {
  async function openSession(accountId: string, now: Date, executor: Parameters<typeof repo.insertSession>[0] = db) {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(now.getTime() + settings.sessionTtlHours * 3_600_000);
    await repo.insertSession(executor, { tokenHash: hashSessionToken(token), accountId, csrfToken, expiresAt });
    return { token, csrfToken, expiresAt };
  }

  /** Creates an account; with `signIn`, also its first session, in the same transaction. */
  async function register(input: Registration, now: Date, signIn: boolean): Promise<Result<Session, IdentityErrorCode>> {
    const checked = checkRegistration(input, now);
    if (!checked.ok) return checked;
    const { username, role, kind } = checked.value;
    const departmentId = input.kind === 'staff' ? input.departmentId : null;
    if (departmentId && !(await repo.departmentExists(db, departmentId))) return fail('DEPARTMENT_NOT_FOUND', { id: departmentId });
    if (await repo.usernameTaken(db, username)) return fail('ACCOUNT_EXISTS');
    const passwordHash = await hashPassword(input.password);
    try {
      return ok(
        await db.transaction().execute(async (tx) => {
          const account = await repo.insertAccount(tx, {
            kind,
            role,
            username,
            name: input.name,
            idNumber: input.kind === 'person' ? input.idNumber : null,
            creditCode: input.kind === 'enterprise' ? input.creditCode : null,
            phone: input.phone,
            legalRepresentative: input.kind === 'enterprise' ? input.legalRepresentative : null,
            departmentId,
            passwordHash,
          });
          const session = signIn ? await openSession(account.id, now, tx) : { token: '', csrfToken: '', expiresAt: now };
          return { account, ...session };
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) return fail('ACCOUNT_EXISTS');
      throw error;
    }
  }

  async function login(login: string, password: string, now: Date): Promise<Result<Session, IdentityErrorCode>> {
    const candidates = await repo.findCredentials(db, login);
    if (candidates.length > 1) return fail('AMBIGUOUS_PHONE');
    const found = candidates[0];
    if (!found) {
      // Spend the same time as a real check, so response time does not reveal which accounts exist.
      dummyHash ??= hashPassword('not-a-real-password-0');
      await argon2.verify(await dummyHash, password);
      return fail('INVALID_CREDENTIALS');
    }
    const locked = minutesLocked(found.lock, now);
    if (locked > 0) return fail('ACCOUNT_LOCKED', { minutes: locked });
    if (!(await argon2.verify(found.passwordHash, password))) {
      const next = afterFailedLogin(found.lock, now, settings.loginMaxFailures, settings.loginLockMinutes);
      await repo.saveLockState(db, found.account.id, next);
      return next.lockedUntil ? fail('ACCOUNT_LOCKED', { minutes: settings.loginLockMinutes }) : fail('INVALID_CREDENTIALS');
    }
    if (found.lock.failedLogins > 0 || found.lock.lockedUntil) {
      await repo.saveLockState(db, found.account.id, { failedLogins: 0, lockedUntil: null });
    }
    return ok({ account: found.account, ...(await openSession(found.account.id, now)) });
  }

  async function logout(tokenHash: string): Promise<void> {
    await repo.deleteSession(db, tokenHash);
  }

  async function resolveSession(tokenHash: string, now: Date): Promise<Principal | null> {
    const row = await repo.findLiveSession(db, tokenHash, now);
    if (!row) return null;
    return {
      accountId: row.id,
      role: row.role as Role,
      kind: row.kind as Principal['kind'],
      name: row.name,
      departmentId: row.department_id,
      csrfToken: row.csrf_token,
      tokenHash,
    };
  }

  async function getAccount(id: string): Promise<Result<Account, IdentityErrorCode>> {
    const account = await repo.findAccountById(db, id);
    return account ? ok(account) : fail('ACCOUNT_NOT_FOUND');
  }

  function listAccounts(filter: { role?: Role | undefined; page: number; pageSize: number }) {
    return repo.findAccounts(db, { role: filter.role, offset: (filter.page - 1) * filter.pageSize, limit: filter.pageSize });
  }

  return { register, login, logout, resolveSession, getAccount, listAccounts };
}

export type IdentityService = ReturnType<typeof createIdentityService>;
