import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import type { Role } from '../../plugins/access.js';
import type { Account, AccountKind, LockState } from './account.domain.js';

const accountColumns = [
  'id', 'kind', 'role', 'username', 'name', 'id_number', 'credit_code', 'phone',
  'legal_representative', 'department_id', 'created_at',
] as const;

type AccountRow = Pick<Selectable<Database['accounts']>, (typeof accountColumns)[number]>;

function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    kind: row.kind as AccountKind,
    role: row.role as Role,
    username: row.username,
    name: row.name,
    idNumber: row.id_number,
    creditCode: row.credit_code,
    phone: row.phone,
    legalRepresentative: row.legal_representative,
    departmentId: row.department_id,
    createdAt: row.created_at,
  };
}

export type NewAccount = Omit<Account, 'id' | 'createdAt'> & { passwordHash: string };
export type Credentials = { account: Account; passwordHash: string; lock: LockState };

export async function insertAccount(db: Executor, account: NewAccount): Promise<Account> {
  const row = await db
    .insertInto('accounts')
    .values({
      kind: account.kind,
      role: account.role,
      username: account.username,
      name: account.name,
      id_number: account.idNumber,
      credit_code: account.creditCode,
      phone: account.phone,
      legal_representative: account.legalRepresentative,
      department_id: account.departmentId,
      password_hash: account.passwordHash,
    })
    .returning(accountColumns)
    .executeTakeFirstOrThrow();
  return toAccount(row);
}

export async function findAccountById(db: Executor, id: string): Promise<Account | undefined> {
  const row = await db.selectFrom('accounts').select(accountColumns).where('id', '=', id).executeTakeFirst();
  return row && toAccount(row);
}

/** Accounts a login name can mean: the username itself, or a phone number. */
export async function findCredentials(db: Executor, login: string): Promise<Credentials[]> {
  const rows = await db
    .selectFrom('accounts')
    .select([...accountColumns, 'password_hash', 'failed_logins', 'locked_until'])
    .where((eb) => eb.or([eb('username', '=', login), eb('phone', '=', login)]))
    .execute();
  const exact = rows.filter((r) => r.username === login);
  return (exact.length > 0 ? exact : rows).map((row) => ({
    account: toAccount(row),
    passwordHash: row.password_hash,
    lock: { failedLogins: row.failed_logins, lockedUntil: row.locked_until },
  }));
}

export async function usernameTaken(db: Executor, username: string): Promise<boolean> {
  const row = await db.selectFrom('accounts').select('id').where('username', '=', username).executeTakeFirst();
  return row !== undefined;
}

export async function saveLockState(db: Executor, accountId: string, lock: LockState): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ failed_logins: lock.failedLogins, locked_until: lock.lockedUntil })
    .where('id', '=', accountId)
    .execute();
}

export async function insertSession(
  db: Executor,
  session: { tokenHash: string; accountId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      account_id: session.accountId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
    })
    .execute();
}

export async function findLiveSession(db: Executor, tokenHash: string, now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select(['sessions.csrf_token', 'accounts.id', 'accounts.role', 'accounts.kind', 'accounts.name', 'accounts.department_id'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function departmentExists(db: Executor, id: string): Promise<boolean> {
  const row = await db.selectFrom('departments').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

export async function findAccounts(db: Executor, filter: { role?: Role | undefined; offset: number; limit: number }): Promise<{ accounts: Account[]; total: number }> {
  let query = db.selectFrom('accounts');
  if (filter.role) query = query.where('role', '=', filter.role);
  const [rows, count] = await Promise.all([
    query.select(accountColumns).orderBy('created_at').orderBy('username').offset(filter.offset).limit(filter.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { accounts: rows.map(toAccount), total: Number(count.total) };
}
