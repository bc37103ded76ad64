/** Fills a procedure form the way a careful applicant would: every visible field with a valid value of its type. */
export type FieldLike = {
  key: string;
  type: string;
  required: boolean;
  options?: { value: string }[];
  min?: number;
  max?: number;
  maxLength?: number;
  pattern?: string;
};

export type Applicant = { idNumber?: string; creditCode?: string; phone?: string; name?: string };

export function validValue(field: FieldLike, applicant: Applicant, today: string): unknown {
  switch (field.type) {
    case 'number':
    case 'money':
      return Math.max(field.min ?? 1, Math.min(field.max ?? 100, 1));
    case 'date':
      return today;
    case 'select':
      return field.options?.[0]?.value ?? '';
    case 'boolean':
      return true;
    case 'id_number':
      return applicant.idNumber ?? '110101199003074514';
    case 'credit_code':
      return applicant.creditCode ?? '91110101MA01TB022Q';
    case 'phone':
      return applicant.phone ?? '13800138000';
    case 'address':
      return '示范市中心区人民路1号';
    default:
      return (applicant.name ?? '测试填写内容').slice(0, field.maxLength ?? 50);
  }
}

export function fillForm(fields: FieldLike[], applicant: Applicant, today: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) values[field.key] = validValue(field, applicant, today);
  return { ...values, ...overrides };
}
