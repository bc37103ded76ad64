import { PhoneOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useResource } from '../components/useResource';
import { fetchMeta } from '../features/catalog/catalog.api';
import { useApi } from './api';
import { useI18n } from './i18n';

const DEFAULT_HOTLINE = '12345';

export function SiteFooter() {
  const { t, pick } = useI18n();
  const api = useApi();
  const meta = useResource((signal) => fetchMeta(api, signal), [api]);
  const hotline = meta.data?.jurisdiction.hotline || DEFAULT_HOTLINE;
  const jurisdiction = meta.data ? pick(meta.data.jurisdiction.name, meta.data.jurisdiction.nameEn) : '';
  return (
    <footer className="tb-footer">
      <div className="tb-container tb-footer-row">
        <p className="tb-footer-hotline">
          <PhoneOutlined aria-hidden="true" /> {t('footer.hotline')}{' '}
          <a href={`tel:${hotline}`} className="tb-footer-phone">
            {hotline}
          </a>
        </p>
        <ul className="tb-footer-links">
          <li>
            <Link to="/help">{t('footer.help')}</Link>
          </li>
          <li>
            <a href="/api/docs">{t('footer.apiDocs')}</a>
          </li>
        </ul>
        <p className="tb-footer-about">
          {jurisdiction && <span>{jurisdiction} · </span>}
          {t('footer.about')}
        </p>
      </div>
    </footer>
  );
}
