/** Tables of the certificates migration (0003); filled in with that migration. */
export type CertificateTables = {};
