import type { Kysely } from 'kysely';
import { runStatements } from '../statements.js';

/** Catalog, identity and sessions. Forward only: later changes get a new migration. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `
    create table settings (
      key text primary key,
      value jsonb not null,
      updated_at timestamptz not null default now()
    );
    create table departments (
      id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
      name text not null unique,
      name_en text not null default '',
      phone text not null default '',
      address text not null default '',
      hours text not null default '',
      created_at timestamptz not null default now()
    );
    create table service_items (
      id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,63}$'),
      name text not null check (length(name) between 1 and 100),
      name_en text not null default '',
      aliases jsonb not null default '[]',
      department_id text not null references departments(id),
      domain text not null,
      target text not null check (target in ('person', 'enterprise', 'both')),
      type text not null,
      legal_days integer not null check (legal_days >= 0),
      promised_days integer not null check (promised_days >= 0),
      fee text not null,
      online_level integer not null check (online_level between 1 and 4),
      auto_approvable boolean not null default false,
      status text not null default 'active' check (status in ('active', 'retired')),
      conditions jsonb not null default '[]',
      guide jsonb not null,
      revision integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index service_items_department on service_items (department_id);
    create index service_items_domain on service_items (domain);
    create table item_materials (
      item_id text not null references service_items(id) on delete cascade,
      position integer not null,
      name text not null,
      required boolean not null default true,
      form text not null,
      copies integer not null default 1,
      note text not null default '',
      certificate_type text,
      primary key (item_id, position)
    );
    create index item_materials_certificate on item_materials (certificate_type) where certificate_type is not null;
    create table bundles (
      id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,63}$'),
      name text not null,
      name_en text not null default '',
      description text not null default '',
      target text not null check (target in ('person', 'enterprise', 'both')),
      aliases jsonb not null default '[]',
      promised_days integer not null default 0,
      guide jsonb not null,
      status text not null default 'active' check (status in ('active', 'retired')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create table bundle_items (
      bundle_id text not null references bundles(id) on delete cascade,
      item_id text not null references service_items(id),
      position integer not null,
      primary key (bundle_id, item_id)
    );
    create index bundle_items_item on bundle_items (item_id);
    create table accounts (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('person', 'enterprise', 'staff')),
      role text not null check (role in ('citizen', 'enterprise', 'officer', 'supervisor', 'admin', 'auditor')),
      username text not null unique,
      name text not null,
      id_number text unique,
      credit_code text unique,
      phone text,
      legal_representative text,
      department_id text references departments(id),
      password_hash text not null,
      failed_logins integer not null default 0,
      locked_until timestamptz,
      created_at timestamptz not null default now(),
      check (role <> 'officer' or department_id is not null)
    );
    create index accounts_phone on accounts (phone);
    create table sessions (
      token_hash text primary key,
      account_id uuid not null references accounts(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_account on sessions (account_id);
  `);
}
