import type { ItemDetail, Material } from '../catalog/catalog.types';
import type { ItemInput } from './admin.api';

/** The server's slug rule for item ids. */
export const ITEM_ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
export const ITEM_TYPES = ['行政许可', '行政确认', '行政给付', '行政征收', '行政奖励', '行政裁决', '行政检查', '其他行政权力', '公共服务'];
/** Certificate types are snake_case codes such as id_card. */
export const CERTIFICATE_TYPE = /^[a-z][a-z0-9_]{1,49}$/;
export const MATERIAL_FORMS = ['原件', '复印件', '原件及复印件', '电子件'];

type GuideValues = Omit<ItemInput['guide'], 'legalBasis' | 'notes' | 'faq'> & { legalBasis: string; notes: string };
/** What the drawer's form holds: list texts as one line per entry. */
export type ItemFormValues = Omit<ItemInput, 'guide'> & { guide: GuideValues };

const lines = (text: string | undefined) => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

export function toFormValues(input: ItemInput): ItemFormValues {
  return { ...input, guide: { ...input.guide, legalBasis: input.guide.legalBasis.join('\n'), notes: input.guide.notes.join('\n') } };
}

function pickMaterial(m: Material): Material {
  const material: Material = { name: m.name.trim(), required: Boolean(m.required), form: m.form, copies: m.copies ?? 1, note: (m.note ?? '').trim() };
  const certificateType = m.certificateType?.trim();
  return certificateType ? { ...material, certificateType } : material;
}

/** Builds the request body key by key: the server rejects unknown keys. */
export function toItemInput(base: ItemInput, v: ItemFormValues): ItemInput {
  const g = v.guide;
  return {
    id: base.id || v.id.trim(),
    name: v.name.trim(),
    nameEn: (v.nameEn ?? '').trim(),
    aliases: v.aliases ?? [],
    departmentId: v.departmentId,
    domain: v.domain.trim(),
    target: v.target,
    type: v.type,
    legalTimeLimitDays: v.legalTimeLimitDays,
    promisedTimeLimitDays: v.promisedTimeLimitDays,
    fee: v.fee.trim(),
    onlineLevel: v.onlineLevel,
    autoApprovable: Boolean(v.autoApprovable),
    status: base.status,
    materials: (v.materials ?? []).map(pickMaterial),
    conditions: (v.conditions ?? []).map((c) => c.trim()).filter(Boolean),
    guide: {
      summary: g.summary.trim(),
      legalBasis: lines(g.legalBasis),
      applicants: g.applicants.trim(),
      steps: (g.steps ?? []).map((s) => ({ title: s.title.trim(), description: s.description.trim() })),
      online: g.online.trim(),
      offline: g.offline.trim(),
      result: g.result.trim(),
      delivery: g.delivery.trim(),
      visitsInPerson: g.visitsInPerson ?? 0,
      chargeBasis: g.chargeBasis.trim(),
      notes: lines(g.notes),
      faq: base.guide.faq,
    },
  };
}

export function itemToInput(item: ItemDetail): ItemInput {
  const base: ItemInput = { ...emptyItemInput(), id: item.id, status: item.status, guide: item.guide };
  return toItemInput(base, { ...item, departmentId: item.department.id, guide: { ...item.guide, legalBasis: item.guide.legalBasis.join('\n'), notes: item.guide.notes.join('\n') } });
}

export function emptyItemInput(): ItemInput {
  return {
    id: '',
    name: '',
    nameEn: '',
    aliases: [],
    departmentId: '',
    domain: '',
    target: 'person',
    type: '行政许可',
    legalTimeLimitDays: 20,
    promisedTimeLimitDays: 10,
    fee: '不收费',
    onlineLevel: 3,
    autoApprovable: false,
    status: 'active',
    materials: [],
    conditions: [],
    guide: {
      summary: '',
      legalBasis: [],
      applicants: '',
      steps: [],
      online: '',
      offline: '',
      result: '',
      delivery: '',
      visitsInPerson: 0,
      chargeBasis: '',
      notes: [],
      faq: [],
    },
  };
}
