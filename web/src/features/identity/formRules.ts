import type { FormRule as Rule } from 'antd';
import type { Translate } from '../../app/i18n';

const PHONE = /^1\d{10}$/;
const PASSWORD = /^(?=.*[A-Za-z])(?=.*\d).{8,}$/;

export function requiredRule(t: Translate, field: string): Rule {
  return { required: true, whitespace: true, message: t('form.required', { field }) };
}

export function phoneRules(t: Translate, field: string): Rule[] {
  return [requiredRule(t, field), { pattern: PHONE, message: t('form.phoneInvalid') }];
}

export function passwordRules(t: Translate, field: string): Rule[] {
  return [requiredRule(t, field), { pattern: PASSWORD, message: t('form.passwordRule') }];
}

/** The second password must equal the field `password`. */
export function confirmPasswordRules(t: Translate, field: string): Rule[] {
  return [
    requiredRule(t, field),
    ({ getFieldValue }) => ({
      validator: async (_rule, value: string | undefined) => {
        if (value && value !== getFieldValue('password')) throw new Error(t('form.passwordMismatch'));
      },
    }),
  ];
}

/** Next page after login: only a local path, never another site. */
export function safeNext(next: string | null, fallback: string): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
}
