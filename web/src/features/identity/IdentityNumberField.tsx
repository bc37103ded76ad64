import { Form, Input } from 'antd';
import { useApi } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { validateIdentity } from './identity.api';
import { requiredRule } from './formRules';

type Props = { kind: 'person' | 'enterprise'; name: string; label: string };

/** 身份证号 / 统一社会信用代码, checked by the server as the user types; shows its reason. */
export function IdentityNumberField({ kind, name, label }: Props) {
  const { t } = useI18n();
  const api = useApi();
  return (
    <Form.Item
      name={name}
      label={label}
      hasFeedback
      validateDebounce={400}
      normalize={(value: string) => value.toUpperCase().replace(/\s/g, '')}
      rules={[
        requiredRule(t, label),
        {
          validator: async (_rule, value: string | undefined) => {
            if (!value) return;
            const check = await validateIdentity(api, kind, value);
            if (!check.valid) throw new Error(check.reason ?? t('form.identityInvalid'));
          },
        },
      ]}
    >
      <Input autoComplete="off" spellCheck={false} maxLength={18} inputMode="text" />
    </Form.Item>
  );
}
