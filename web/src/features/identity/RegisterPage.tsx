import { Tabs } from 'antd';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n';
import { usePageTitle } from '../../components/usePageTitle';
import { safeNext } from './formRules';
import './identity.css';
import { RegisterForm } from './RegisterForm';
import type { Registration } from './identity.types';
import { useSession } from './session';

export function RegisterPage() {
  const { t } = useI18n();
  const { user, register } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  usePageTitle(t('register.title'), t('site.name'));

  const onRegister = async (registration: Registration) => {
    await register(registration);
    navigate(safeNext(params.get('next'), '/me'), { replace: true });
  };

  if (user) return <Navigate to={safeNext(params.get('next'), '/me')} replace />;
  return (
    <div className="tb-auth">
      <h1>{t('register.title')}</h1>
      <Tabs
        centered
        size="large"
        aria-label={t('register.kind')}
        items={[
          { key: 'person', label: t('register.person'), children: <RegisterForm kind="person" onRegister={onRegister} /> },
          { key: 'enterprise', label: t('register.enterprise'), children: <RegisterForm kind="enterprise" onRegister={onRegister} /> },
        ]}
      />
      <p className="tb-auth-switch">
        {t('register.haveAccount')} <Link to="/login">{t('register.toLogin')}</Link>
      </p>
    </div>
  );
}
