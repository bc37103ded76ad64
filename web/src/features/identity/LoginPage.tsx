import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n';
import { usePageTitle } from '../../components/usePageTitle';
import { requiredRule, safeNext } from './formRules';
import './identity.css';
import { useSession } from './session';

type LoginValues = { username: string; password: string };

export function LoginPage() {
  const { t } = useI18n();
  const { user, logIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('login.title'), t('site.name'));

  const submit = async ({ username, password }: LoginValues) => {
    setBusy(true);
    setError(null);
    try {
      await logIn(username.trim(), password);
      navigate(safeNext(params.get('next'), '/me'), { replace: true });
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  // Already logged in (or just logged in): go on to where the visitor was heading.
  if (user) return <Navigate to={safeNext(params.get('next'), '/me')} replace />;
  return (
    <div className="tb-auth">
      <h1>{t('login.title')}</h1>
      {error && <Alert className="tb-auth-alert" type="error" showIcon title={error} role="alert" />}
      <Form<LoginValues> name="login" layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="username" label={t('login.username')} extra={t('login.usernameHelp')} rules={[requiredRule(t, t('login.username'))]}>
          <Input autoComplete="username" size="large" />
        </Form.Item>
        <Form.Item name="password" label={t('login.password')} rules={[requiredRule(t, t('login.password'))]}>
          <Input.Password autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={busy}>
          {t('login.submit')}
        </Button>
      </Form>
      <p className="tb-auth-switch">
        {t('login.noAccount')} <Link to="/register">{t('login.toRegister')}</Link>
      </p>
    </div>
  );
}
