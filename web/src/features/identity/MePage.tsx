import { LogoutOutlined } from '@ant-design/icons';
import { Button, Descriptions } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n';
import { ButtonLink } from '../../components/ButtonLink';
import { MaskedValue, maskMiddle } from '../../components/MaskedValue';
import { usePageTitle } from '../../components/usePageTitle';
import { homeTitleKey, kindKey, roleKey } from './identity.labels';
import type { Me } from './identity.types';
import './identity.css';
import { RequireRole } from './RequireRole';
import { useLogOutAction } from './useLogOutAction';

function Profile({ user }: { user: Me }) {
  const { t, language } = useI18n();
  const masked = (value: string, field: string, keepStart: number, keepEnd: number) => (
    <MaskedValue
      value={value}
      mask={(v) => maskMiddle(v, keepStart, keepEnd)}
      showLabel={t('me.show')}
      hideLabel={t('me.hide')}
      showName={t('me.showField', { field })}
      hideName={t('me.hideField', { field })}
    />
  );
  const rows: { key: string; label: string; children: ReactNode }[] = [
    { key: 'name', label: t('me.name'), children: user.name },
    { key: 'username', label: t('me.username'), children: user.username },
    { key: 'kind', label: t('me.kind'), children: t(kindKey(user)) },
    { key: 'role', label: t('me.role'), children: t(roleKey(user)) },
  ];
  if (user.idNumber) rows.push({ key: 'id', label: t('me.idNumber'), children: masked(user.idNumber, t('me.idNumber'), 6, 4) });
  if (user.creditCode) rows.push({ key: 'credit', label: t('me.creditCode'), children: <span className="tb-mono">{user.creditCode}</span> });
  if (user.legalRepresentative) rows.push({ key: 'rep', label: t('me.legalRepresentative'), children: user.legalRepresentative });
  if (user.phone) rows.push({ key: 'phone', label: t('me.phone'), children: masked(user.phone, t('me.phone'), 3, 4) });
  if (user.departmentId) rows.push({ key: 'dept', label: t('me.department'), children: user.departmentId });
  const created = new Date(user.createdAt);
  if (!Number.isNaN(created.getTime())) {
    rows.push({ key: 'created', label: t('me.createdAt'), children: created.toLocaleDateString(language === 'en' ? 'en' : 'zh-CN') });
  }
  return (
    <section className="tb-panel" aria-labelledby="me-profile">
      <h2 id="me-profile">{t('me.profile')}</h2>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={rows} />
    </section>
  );
}

function Centre({ user }: { user: Me }) {
  const { t } = useI18n();
  const leave = useLogOutAction();
  const title = t(homeTitleKey(user));
  usePageTitle(title, t('site.name'));
  return (
    <>
      <div className="tb-me-head">
        <h1>{title}</h1>
        <div className="tb-me-actions">
          {user.role === 'admin' && <ButtonLink to="/admin/catalog">{t('nav.admin')}</ButtonLink>}
          <Button icon={<LogoutOutlined aria-hidden="true" />} onClick={leave}>
            {t('me.logout')}
          </Button>
        </div>
      </div>
      <Profile user={user} />
      <section className="tb-panel" aria-labelledby="me-services">
        <h2 id="me-services">{t('me.services')}</h2>
        <p>{t('me.applyComing')}</p>
        <ButtonLink to="/search" type="primary">
          {t('me.findServices')}
        </ButtonLink>
      </section>
    </>
  );
}

export function MePage() {
  return <RequireRole>{(user) => <Centre user={user} />}</RequireRole>;
}
