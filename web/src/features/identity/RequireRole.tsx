import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useI18n } from '../../app/i18n';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from './session';
import type { Me, Role } from './identity.types';

function Forbidden() {
  const { t } = useI18n();
  usePageTitle(t('forbidden.title'), t('site.name'));
  return <Result status="403" title={<h1 className="tb-result-title">{t('forbidden.title')}</h1>} subTitle={t('forbidden.text')} />;
}

type Props = {
  /** Roles allowed in; omitted = any logged-in user. */
  roles?: Role[];
  children: (user: Me) => ReactNode;
};

/** Sends anonymous visitors to /login (and back afterwards); shows 403 to other roles. */
export function RequireRole({ roles, children }: Props) {
  const { t } = useI18n();
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) {
    return (
      <div className="tb-loading" role="status">
        <Spin />
        <span className="tb-visually-hidden">{t('common.loading')}</span>
      </div>
    );
  }
  if (user === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (roles && !roles.includes(user.role)) return <Forbidden />;
  return <>{children(user)}</>;
}
