export type Target = 'person' | 'enterprise' | 'both';
export type OnlineLevel = 1 | 2 | 3 | 4;

export type ItemSummary = {
  id: string;
  name: string;
  nameEn: string;
  aliases: string[];
  department: { id: string; name: string };
  domain: string;
  target: Target;
  type: string;
  legalTimeLimitDays: number;
  promisedTimeLimitDays: number;
  /** A text such as "不收费" or "工本费 20 元"; a bare number is read as yuan. */
  fee: string;
  onlineLevel: OnlineLevel;
  autoApprovable: boolean;
  status: 'active' | 'retired';
};

export type Material = { name: string; required: boolean; form: string; copies: number; note: string; certificateType?: string };
export type GuideStep = { title: string; description: string };

export type Guide = {
  summary: string;
  legalBasis: string[];
  applicants: string;
  steps: GuideStep[];
  online: string;
  offline: string;
  result: string;
  delivery: string;
  visitsInPerson: number;
  chargeBasis: string;
  notes: string[];
  faq: { q: string; a: string }[];
};

export type ItemDetail = ItemSummary & {
  materials: Material[];
  conditions: string[];
  guide: Guide;
  bundles: { id: string; name: string }[];
};

export type ItemPage = { items: ItemSummary[]; total: number; page: number; pageSize: number };

export type Bundle = {
  id: string;
  name: string;
  nameEn: string;
  description: string;
  target: Target;
  aliases: string[];
  promisedTimeLimitDays: number;
  guide: { summary: string; steps: GuideStep[]; notes: string[] };
  items: ItemSummary[];
};

export type Department = { id: string; name: string; nameEn: string; phone: string; address: string; hours: string; itemCount: number };
export type Domain = { name: string; itemCount: number };
export type Meta = { jurisdiction: { name: string; nameEn: string; hotline: string }; catalogVersion: string };

export type ItemQuery = {
  q?: string;
  department?: string;
  domain?: string;
  target?: 'person' | 'enterprise';
  bundle?: string;
  page?: number;
  pageSize?: number;
};
