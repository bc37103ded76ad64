import type { FormInstance } from 'antd';
import { ApiError } from '../app/http';

/** Puts the reasons of an error's field details next to the matching form fields. */
export function showServerFieldErrors(form: FormInstance, error: unknown): void {
  if (!(error instanceof ApiError)) return;
  const fields = error.details
    .filter((detail) => detail.field && form.getFieldInstance(detail.field.split('.')) !== undefined)
    .map((detail) => ({ name: detail.field!.split('.'), errors: [detail.reason] }));
  if (fields.length > 0) form.setFields(fields);
}
