import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { showServerFieldErrors } from '../../components/serverFieldErrors';
import { confirmPasswordRules, passwordRules, phoneRules, requiredRule } from './formRules';
import { IdentityNumberField } from './IdentityNumberField';
import type { Registration } from './identity.types';

type Kind = Registration['kind'];
type Values = { name: string; idNumber?: string; creditCode?: string; legalRepresentative?: string; phone: string; password: string };

function toRegistration(kind: Kind, v: Values): Registration {
  const common = { name: v.name.trim(), phone: v.phone.trim(), password: v.password };
  return kind === 'person'
    ? { kind, ...common, idNumber: v.idNumber ?? '' }
    : { kind, ...common, creditCode: v.creditCode ?? '', legalRepresentative: (v.legalRepresentative ?? '').trim() };
}

type Props = { kind: Kind; onRegister: (registration: Registration) => Promise<void> };

/** 个人 or 法人 registration form; the server's error message shows in an Alert. */
export function RegisterForm({ kind, onRegister }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameLabel = kind === 'person' ? t('register.name') : t('register.enterpriseName');

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await onRegister(toRegistration(kind, values));
    } catch (failure) {
      setError((failure as Error).message);
      showServerFieldErrors(form, failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} name={`register-${kind}`} layout="vertical" onFinish={submit} requiredMark={false}>
      {error && <Alert className="tb-auth-alert" type="error" showIcon title={error} role="alert" />}
      <Form.Item name="name" label={nameLabel} rules={[requiredRule(t, nameLabel)]}>
        <Input autoComplete={kind === 'person' ? 'name' : 'organization'} />
      </Form.Item>
      {kind === 'person' ? (
        <IdentityNumberField kind="person" name="idNumber" label={t('register.idNumber')} />
      ) : (
        <>
          <IdentityNumberField kind="enterprise" name="creditCode" label={t('register.creditCode')} />
          <Form.Item name="legalRepresentative" label={t('register.legalRepresentative')} rules={[requiredRule(t, t('register.legalRepresentative'))]}>
            <Input autoComplete="off" />
          </Form.Item>
        </>
      )}
      <Form.Item name="phone" label={t('register.phone')} rules={phoneRules(t, t('register.phone'))}>
        <Input type="tel" autoComplete="tel" inputMode="numeric" maxLength={11} />
      </Form.Item>
      <Form.Item name="password" label={t('register.password')} extra={t('register.passwordHelp')} rules={passwordRules(t, t('register.password'))}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="passwordAgain"
        label={t('register.passwordAgain')}
        dependencies={['password']}
        rules={confirmPasswordRules(t, t('register.passwordAgain'))}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={busy}>
        {t('register.submit')}
      </Button>
    </Form>
  );
}
