/** Tables of the applications migration (0002); filled in with that migration. */
export type ApplicationTables = {};
