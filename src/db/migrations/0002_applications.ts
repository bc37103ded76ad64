import type { Kysely } from 'kysely';
import { runStatements } from '../statements.js';

/** Applications (办件), their event log, drafts, attachments, messages, ratings and the holiday calendar. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `
    create sequence application_number_seq;
    create table applications (
      id uuid primary key default gen_random_uuid(),
      number text not null unique,
      applicant_id uuid not null references accounts(id),
      kind text not null check (kind in ('item', 'bundle')),
      item_id text references service_items(id),
      bundle_id text references bundles(id),
      parent_id uuid references applications(id),
      department_id text references departments(id),
      status text not null,
      state jsonb not null,
      form jsonb not null default '{}',
      materials jsonb not null default '[]',
      pre_review jsonb,
      decision jsonb,
      supplement_request jsonb,
      certificate_id uuid,
      idempotency_key text,
      submitted_on text check (submitted_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      due_on text check (due_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      paused_on text check (paused_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      extended_days integer not null default 0,
      revision integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      closed_at timestamptz,
      check ((kind = 'item') = (item_id is not null)),
      check ((kind = 'bundle') = (bundle_id is not null and parent_id is null))
    );
    create unique index applications_idempotency on applications (applicant_id, idempotency_key) where idempotency_key is not null;
    create index applications_applicant on applications (applicant_id, created_at desc);
    create index applications_queue on applications (department_id, status, due_on);
    create index applications_parent on applications (parent_id);
    create table case_events (
      id bigint generated always as identity primary key,
      application_id uuid not null references applications(id) on delete cascade,
      activity text not null,
      label text not null,
      at timestamptz not null,
      actor_role text not null,
      actor_id text not null,
      department_id text,
      item_id text,
      data jsonb not null default '{}'
    );
    create index case_events_application on case_events (application_id, id);
    create table drafts (
      id uuid primary key default gen_random_uuid(),
      applicant_id uuid not null references accounts(id) on delete cascade,
      item_id text references service_items(id),
      bundle_id text references bundles(id),
      form jsonb not null default '{}',
      materials jsonb not null default '[]',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((item_id is null) <> (bundle_id is null))
    );
    create index drafts_applicant on drafts (applicant_id, updated_at desc);
    create table attachments (
      id uuid primary key default gen_random_uuid(),
      owner_id uuid not null references accounts(id) on delete cascade,
      sha256 text not null,
      size integer not null,
      media_type text not null,
      filename text not null,
      content bytea not null,
      created_at timestamptz not null default now(),
      unique (owner_id, sha256)
    );
    create table messages (
      id uuid primary key default gen_random_uuid(),
      account_id uuid not null references accounts(id) on delete cascade,
      application_id uuid references applications(id) on delete cascade,
      template text not null,
      title jsonb not null,
      body jsonb not null,
      created_at timestamptz not null default now(),
      read_at timestamptz
    );
    create index messages_account on messages (account_id, created_at desc);
    create table ratings (
      id uuid primary key default gen_random_uuid(),
      application_id uuid not null unique references applications(id),
      rater_id uuid not null references accounts(id),
      level integer not null check (level between 1 and 5),
      reasons jsonb not null default '[]',
      comment text not null default '',
      created_at timestamptz not null default now()
    );
    create table rectifications (
      id uuid primary key default gen_random_uuid(),
      rating_id uuid not null unique references ratings(id),
      department_id text not null references departments(id),
      due_on text not null,
      status text not null default 'open' check (status in ('open', 'answered')),
      answer text,
      answered_by uuid references accounts(id),
      answered_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index rectifications_department on rectifications (department_id, status, due_on);
    create table calendar_years (
      year integer primary key,
      data jsonb not null,
      updated_at timestamptz not null default now()
    );
  `);
}
