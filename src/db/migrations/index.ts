import type { Migration } from 'kysely';
import * as foundation from './0001_foundation.js';
import * as applications from './0002_applications.js';

/** The forward-only migration history, in order. Names never change once released. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_applications': applications,
};
