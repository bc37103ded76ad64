export type AccountKind = 'person' | 'enterprise' | 'staff';
export type Role = 'citizen' | 'enterprise' | 'officer' | 'supervisor' | 'admin' | 'auditor';

export type Me = {
  id: string;
  kind: AccountKind;
  role: Role;
  name: string;
  username: string;
  idNumber: string | null;
  creditCode: string | null;
  phone: string | null;
  departmentId: string | null;
  legalRepresentative: string | null;
  createdAt: string;
};

export type SessionAnswer = { user: Me; csrfToken: string };

export type PersonRegistration = { kind: 'person'; name: string; idNumber: string; phone: string; password: string };
export type EnterpriseRegistration = {
  kind: 'enterprise';
  name: string;
  creditCode: string;
  legalRepresentative: string;
  phone: string;
  password: string;
};
export type Registration = PersonRegistration | EnterpriseRegistration;

export type IdentityCheck = { valid: boolean; reason: string | null };
