import { Link, useNavigate } from 'react-router-dom';
import { useApi } from '../../app/api';
import { useElderlyMode } from '../../app/elderly';
import { useI18n } from '../../app/i18n';
import { ResourceState } from '../../components/ResourceState';
import { usePageTitle } from '../../components/usePageTitle';
import { useResource } from '../../components/useResource';
import { fetchBundles, fetchDomains, fetchItems } from './catalog.api';
import { bundleItemCountText, daysText } from './catalog.labels';
import './catalog.css';
import { ItemResultCard } from './ItemResultCard';
import { SearchBox } from '../../components/SearchBox';
import { useDepartments } from './useDepartments';

const POPULAR_COUNT = 8;

function BundlesSection() {
  const { t, pick } = useI18n();
  const api = useApi();
  const bundles = useResource((signal) => fetchBundles(api, signal), [api]);
  return (
    <section className="tb-section" aria-labelledby="home-bundles">
      <h2 id="home-bundles">{t('home.byBundle')}</h2>
      <ResourceState {...bundles} loadingLabel={t('common.loading')} retryLabel={t('common.retry')}>
        {(list) => (
          <ul className="tb-grid">
            {list.map((bundle) => (
              <li key={bundle.id}>
                <Link className="tb-card-link" to={`/bundles/${encodeURIComponent(bundle.id)}`}>
                  <strong>{pick(bundle.name, bundle.nameEn)}</strong>
                  <span>
                    {bundleItemCountText(t, bundle.items.length)} · {daysText(t, bundle.promisedTimeLimitDays)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </ResourceState>
    </section>
  );
}

function DomainsSection() {
  const { t } = useI18n();
  const api = useApi();
  const domains = useResource((signal) => fetchDomains(api, signal), [api]);
  return (
    <section className="tb-section tb-secondary" aria-labelledby="home-domains">
      <h2 id="home-domains">{t('home.byDomain')}</h2>
      <ResourceState {...domains} loadingLabel={t('common.loading')} retryLabel={t('common.retry')}>
        {(list) => (
          <ul className="tb-chips">
            {list.map((domain) => (
              <li key={domain.name}>
                <Link to={`/search?domain=${encodeURIComponent(domain.name)}`}>
                  {domain.name}
                  <span>{t('home.itemCount', { n: domain.itemCount })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </ResourceState>
    </section>
  );
}

function DepartmentsSection({ departments }: { departments: ReturnType<typeof useDepartments>['departments'] }) {
  const { t, pick } = useI18n();
  return (
    <section className="tb-section tb-secondary" aria-labelledby="home-departments">
      <h2 id="home-departments">{t('home.byDepartment')}</h2>
      <ResourceState {...departments} loadingLabel={t('common.loading')} retryLabel={t('common.retry')}>
        {(list) => (
          <ul className="tb-chips">
            {list.map((department) => (
              <li key={department.id}>
                <Link to={`/search?department=${encodeURIComponent(department.id)}`}>
                  {pick(department.name, department.nameEn)}
                  <span>{t('home.itemCount', { n: department.itemCount })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </ResourceState>
    </section>
  );
}

function PopularSection({ nameOf }: { nameOf: ReturnType<typeof useDepartments>['nameOf'] }) {
  const { t } = useI18n();
  const api = useApi();
  const items = useResource((signal) => fetchItems(api, { page: 1, pageSize: POPULAR_COUNT }, signal), [api]);
  return (
    <section className="tb-section" aria-labelledby="home-popular">
      <div className="tb-section-head">
        <h2 id="home-popular">{t('home.popular')}</h2>
        <Link to="/search">{t('home.viewAll')}</Link>
      </div>
      <ResourceState {...items} loadingLabel={t('common.loading')} retryLabel={t('common.retry')}>
        {(page) => (
          <ul className="tb-item-list tb-item-list-2col">
            {page.items.map((item) => (
              <li key={item.id}>
                <ItemResultCard item={item} departmentName={nameOf(item.department.id, item.department.name)} />
              </li>
            ))}
          </ul>
        )}
      </ResourceState>
    </section>
  );
}

export function HomePage() {
  const { t } = useI18n();
  const { elderly } = useElderlyMode();
  const navigate = useNavigate();
  const { departments, nameOf } = useDepartments();
  usePageTitle(undefined, t('site.title'));
  return (
    <>
      <div className="tb-hero">
        <h1>{t('home.title')}</h1>
        <p className="tb-hero-subtitle">{t('home.subtitle')}</p>
        <SearchBox
          id="home-search"
          label={t('home.searchLabel')}
          placeholder={t('home.searchPlaceholder')}
          submitLabel={t('header.search')}
          onSearch={(q) => navigate(`/search?q=${encodeURIComponent(q)}`)}
        />
      </div>
      <BundlesSection />
      {!elderly && <DomainsSection />}
      {!elderly && <DepartmentsSection departments={departments} />}
      <PopularSection nameOf={nameOf} />
    </>
  );
}
