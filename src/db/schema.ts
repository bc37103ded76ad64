import type { ColumnType, Generated } from 'kysely';
import type { ApplicationTables } from './tables/applications.js';
import type { CertificateTables } from './tables/certificates.js';

/** Declared table types; they mirror src/db/migrations and are the only source of column names. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json<T> = ColumnType<T, string, string>;

export type MaterialRow = {
  item_id: string;
  position: number;
  name: string;
  required: boolean;
  form: string;
  copies: number;
  note: string;
  certificate_type: string | null;
};

/** Tables of the foundation migration (0001). */
export type FoundationTables = {
  settings: { key: string; value: Json<unknown>; updated_at: Timestamp };
  departments: {
    id: string;
    name: string;
    name_en: string;
    phone: string;
    address: string;
    hours: string;
    created_at: Timestamp;
  };
  service_items: {
    id: string;
    name: string;
    name_en: string;
    aliases: Json<string[]>;
    department_id: string;
    domain: string;
    target: string;
    type: string;
    legal_days: number;
    promised_days: number;
    fee: string;
    online_level: number;
    auto_approvable: boolean;
    status: string;
    conditions: Json<string[]>;
    guide: Json<unknown>;
    revision: ColumnType<number, number | undefined, number>;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  item_materials: MaterialRow;
  bundles: {
    id: string;
    name: string;
    name_en: string;
    description: string;
    target: string;
    aliases: Json<string[]>;
    promised_days: number;
    guide: Json<unknown>;
    status: ColumnType<string, string | undefined, string>;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  bundle_items: { bundle_id: string; item_id: string; position: number };
  accounts: {
    id: Generated<string>;
    kind: string;
    role: string;
    username: string;
    name: string;
    id_number: string | null;
    credit_code: string | null;
    phone: string | null;
    legal_representative: string | null;
    department_id: string | null;
    password_hash: string;
    failed_logins: ColumnType<number, number | undefined, number>;
    locked_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
    created_at: Timestamp;
  };
  sessions: {
    token_hash: string;
    account_id: string;
    csrf_token: string;
    created_at: Timestamp;
    expires_at: Timestamp;
  };
};

/** Every table; each later migration's tables are declared in src/db/tables/. */
export type Database = FoundationTables & ApplicationTables & CertificateTables;
