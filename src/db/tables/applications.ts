import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp } from '../schema.js';

type Defaulted<T> = ColumnType<T, T | undefined, T>;
type DateText = ColumnType<string, string, string>;

/** Tables of the applications migration (0002). */
export type ApplicationTables = {
  applications: {
    id: Generated<string>;
    number: string;
    applicant_id: string;
    kind: string;
    item_id: string | null;
    bundle_id: string | null;
    parent_id: string | null;
    department_id: string | null;
    status: string;
    state: Json<unknown>;
    form: Json<Record<string, unknown>>;
    materials: Json<unknown[]>;
    pre_review: Json<unknown> | null;
    decision: Json<unknown> | null;
    supplement_request: Json<unknown> | null;
    certificate_id: string | null;
    idempotency_key: string | null;
    submitted_on: DateText | null;
    due_on: DateText | null;
    paused_on: DateText | null;
    extended_days: Defaulted<number>;
    revision: Defaulted<number>;
    created_at: Timestamp;
    updated_at: Timestamp;
    closed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  };
  case_events: {
    id: Generated<string>;
    application_id: string;
    activity: string;
    label: string;
    at: Timestamp;
    actor_role: string;
    actor_id: string;
    department_id: string | null;
    item_id: string | null;
    data: Json<Record<string, unknown>>;
  };
  drafts: {
    id: Generated<string>;
    applicant_id: string;
    item_id: string | null;
    bundle_id: string | null;
    form: Json<Record<string, unknown>>;
    materials: Json<unknown[]>;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  attachments: {
    id: Generated<string>;
    owner_id: string;
    sha256: string;
    size: number;
    media_type: string;
    filename: string;
    content: Buffer;
    created_at: Timestamp;
  };
  messages: {
    id: Generated<string>;
    account_id: string;
    application_id: string | null;
    template: string;
    title: Json<{ zh: string; en: string }>;
    body: Json<{ zh: string; en: string }>;
    created_at: Timestamp;
    read_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  };
  ratings: {
    id: Generated<string>;
    application_id: string;
    rater_id: string;
    level: number;
    reasons: Json<string[]>;
    comment: Defaulted<string>;
    created_at: Timestamp;
  };
  rectifications: {
    id: Generated<string>;
    rating_id: string;
    department_id: string;
    due_on: DateText;
    status: Defaulted<string>;
    answer: string | null;
    answered_by: string | null;
    answered_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
    created_at: Timestamp;
  };
  calendar_years: { year: number; data: Json<unknown>; updated_at: Timestamp };
};
