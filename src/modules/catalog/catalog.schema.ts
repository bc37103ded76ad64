import { z } from 'zod';

/** The catalog's data shapes, shared by the API, the JSON/Excel import and the default catalog file. */
const text = (max: number) => z.string().trim().min(1).max(max);
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'lowercase letters, digits and hyphens, 2-64 characters');

export const targets = ['person', 'enterprise', 'both'] as const;
export const materialForms = ['原件', '复印件', '原件及复印件', '电子件'] as const;
export const itemTypes = ['行政许可', '行政确认', '行政给付', '行政征收', '行政奖励', '行政裁决', '行政检查', '其他行政权力', '公共服务'] as const;

export const stepSchema = z.strictObject({ title: text(50), description: text(1000) });

export const materialSchema = z.strictObject({
  name: text(200),
  required: z.boolean(),
  form: z.enum(materialForms),
  copies: z.number().int().min(0).max(20),
  note: z.string().trim().max(500),
  certificateType: z.string().regex(/^[a-z][a-z0-9_]{1,49}$/).optional(),
});

export const guideSchema = z.strictObject({
  summary: text(2000),
  legalBasis: z.array(text(300)).min(1).max(30),
  applicants: text(1000),
  steps: z.array(stepSchema).min(1).max(20),
  online: text(1000),
  offline: text(1000),
  result: text(300),
  delivery: text(300),
  visitsInPerson: z.number().int().min(0).max(10),
  chargeBasis: text(500),
  notes: z.array(text(500)).max(20),
  faq: z.array(z.strictObject({ q: text(300), a: text(2000) })).max(20),
});

export const departmentSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'lowercase letters, digits and hyphens, 2-40 characters'),
  name: text(100),
  nameEn: z.string().trim().max(200),
  phone: z.string().trim().max(50),
  address: z.string().trim().max(300),
  hours: z.string().trim().max(200),
});

export const itemFieldsSchema = z.strictObject({
  name: text(100),
  nameEn: z.string().trim().max(200),
  aliases: z.array(text(100)).max(50),
  departmentId: z.string().min(1).max(40),
  domain: text(50),
  target: z.enum(targets),
  type: z.enum(itemTypes),
  legalTimeLimitDays: z.number().int().min(0).max(3650),
  promisedTimeLimitDays: z.number().int().min(0).max(3650),
  fee: text(500),
  onlineLevel: z.number().int().min(1).max(4),
  autoApprovable: z.boolean(),
  status: z.enum(['active', 'retired']).default('active'),
  materials: z.array(materialSchema).max(50),
  conditions: z.array(text(500)).max(50),
  guide: guideSchema,
});

export const itemSchema = itemFieldsSchema.extend({ id: slug });

export const bundleSchema = z.strictObject({
  id: slug,
  name: text(100),
  nameEn: z.string().trim().max(200),
  description: text(2000),
  target: z.enum(targets),
  itemIds: z.array(slug).min(2).max(30),
  aliases: z.array(text(100)).max(50),
  promisedTimeLimitDays: z.number().int().min(0).max(3650),
  guide: z.strictObject({ summary: text(2000), steps: z.array(stepSchema).min(1).max(20), notes: z.array(text(500)).max(20) }),
});

export const jurisdictionSchema = z.strictObject({ name: text(100), nameEn: z.string().trim().max(200), hotline: text(30) });

export const catalogDocumentSchema = z.strictObject({
  version: text(40),
  jurisdiction: jurisdictionSchema,
  departments: z.array(departmentSchema),
  items: z.array(itemSchema),
  bundles: z.array(bundleSchema),
});

export type Target = (typeof targets)[number];
export type Material = z.infer<typeof materialSchema>;
export type Guide = z.infer<typeof guideSchema>;
export type Department = z.infer<typeof departmentSchema>;
export type ServiceItem = z.infer<typeof itemSchema>;
export type ItemFields = z.infer<typeof itemFieldsSchema>;
export type ItemFieldsInput = z.input<typeof itemFieldsSchema>;
export type Bundle = z.infer<typeof bundleSchema>;
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;
export type CatalogDocument = z.infer<typeof catalogDocumentSchema>;
