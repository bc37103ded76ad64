import { Button, Input, Switch } from 'antd';
import { useState, type FormEvent } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../features/identity/session';
import { useElderlyMode } from './elderly';
import { useI18n } from './i18n';
import { UserArea } from './UserArea';

function HeaderSearch() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/search?q=${encodeURIComponent(q.trim())}`);
  };
  return (
    <form role="search" aria-label={t('header.siteSearch')} className="tb-header-search" onSubmit={submit}>
      <label htmlFor="header-search" className="tb-visually-hidden">
        {t('header.searchLabel')}
      </label>
      <Input id="header-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('header.searchPlaceholder')} />
      <Button htmlType="submit" type="primary">
        {t('header.search')}
      </Button>
    </form>
  );
}

function DisplaySettings() {
  const { t, language, setLanguage } = useI18n();
  const { elderly, setElderly } = useElderlyMode();
  const other = language === 'zh' ? 'en' : 'zh';
  return (
    <div className="tb-settings" role="group" aria-label={t('header.settings')}>
      <Button type="text" lang={other === 'en' ? 'en' : 'zh-CN'} aria-label={t('header.switchLanguage')} onClick={() => setLanguage(other)}>
        {t('header.otherLanguage')}
      </Button>
      <span className="tb-elderly-toggle">
        <Switch id="elderly-mode" checked={elderly} onChange={setElderly} />
        <label htmlFor="elderly-mode">{t('header.elderly')}</label>
      </span>
    </div>
  );
}

export function SiteHeader() {
  const { t } = useI18n();
  const { user } = useSession();
  const { pathname } = useLocation();
  const showSearch = pathname !== '/' && pathname !== '/search';
  return (
    <header className="tb-header">
      <div className="tb-container tb-header-row">
        <Link to="/" className="tb-logo">
          <span className="tb-logo-mark" aria-hidden="true">
            通
          </span>
          <span className="tb-logo-text">{t('site.name')}</span>
          <span className="tb-logo-tagline">{t('site.tagline')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="tb-nav">
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
          <NavLink to="/search">{t('nav.services')}</NavLink>
          <NavLink to="/help">{t('nav.help')}</NavLink>
          {user?.role === 'admin' && <NavLink to="/admin/catalog">{t('nav.admin')}</NavLink>}
        </nav>
        <div className="tb-header-tools">
          <DisplaySettings />
          <UserArea />
        </div>
      </div>
      {showSearch && (
        <div className="tb-container tb-header-search-row">
          <HeaderSearch />
        </div>
      )}
    </header>
  );
}
