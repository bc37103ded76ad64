import { Button, Empty, Pagination } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useApi } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { ResourceState } from '../../components/ResourceState';
import { usePageTitle } from '../../components/usePageTitle';
import { useResource } from '../../components/useResource';
import { fetchBundle, fetchItems } from './catalog.api';
import './catalog.css';
import { ItemResultCard } from './ItemResultCard';
import { SearchBox } from '../../components/SearchBox';
import { SearchFilters } from './SearchFilters';
import { useDepartments } from './useDepartments';
import { SEARCH_PAGE_SIZE, useSearchQuery } from './useSearchQuery';

function BundleFilter({ id, onClear }: { id: string; onClear: () => void }) {
  const { t, pick } = useI18n();
  const api = useApi();
  const bundle = useResource((signal) => fetchBundle(api, id, signal), [api, id]);
  const name = bundle.data ? pick(bundle.data.name, bundle.data.nameEn) : id;
  return (
    <p className="tb-bundle-filter">
      <span>{t('search.bundle', { name })}</span>{' '}
      <Button size="small" onClick={onClear}>
        {t('search.clearBundle')}
      </Button>
    </p>
  );
}

export function SearchPage() {
  const { t } = useI18n();
  const api = useApi();
  const navigate = useNavigate();
  const { query, setFilter, setPage, clearFilters } = useSearchQuery();
  const { departments, nameOf } = useDepartments();
  const results = useResource((signal) => fetchItems(api, query, signal), [api, query]);
  const heading = query.q ? t('search.resultsFor', { q: query.q }) : t('search.title');
  usePageTitle(heading, t('site.name'));

  return (
    <>
      <h1>{heading}</h1>
      <SearchBox
        id="search-q"
        label={t('header.searchLabel')}
        placeholder={t('home.searchPlaceholder')}
        submitLabel={t('header.search')}
        initial={query.q ?? ''}
        size="middle"
        onSearch={(q) => setFilter('q', q || undefined)}
      />
      {query.bundle && <BundleFilter id={query.bundle} onClear={() => setFilter('bundle', undefined)} />}
      <div className="tb-search-layout">
        <SearchFilters query={query} departments={departments.data} onFilter={setFilter} onClear={clearFilters} />
        <section aria-labelledby="search-results" aria-busy={results.loading}>
          <div className="tb-results-head">
            <h2 id="search-results">{t('search.results')}</h2>
            <p className="tb-muted" role="status">
              {results.data ? t('search.total', { n: results.data.total }) : ''}
            </p>
          </div>
          <ResourceState {...results} loadingLabel={t('common.loading')} retryLabel={t('common.retry')}>
            {(page) =>
              page.items.length === 0 ? (
                <Empty description={t('search.empty')}>
                  <Button onClick={() => navigate('/search')}>{t('search.clearFilters')}</Button>
                </Empty>
              ) : (
                <>
                  <ul className="tb-item-list">
                    {page.items.map((item) => (
                      <li key={item.id}>
                        <ItemResultCard item={item} departmentName={nameOf(item.department.id, item.department.name)} />
                      </li>
                    ))}
                  </ul>
                  {page.total > (page.pageSize || SEARCH_PAGE_SIZE) && (
                    <nav className="tb-pagination" aria-label={t('search.pagination')}>
                      <Pagination
                        current={page.page}
                        pageSize={page.pageSize || SEARCH_PAGE_SIZE}
                        total={page.total}
                        showSizeChanger={false}
                        onChange={setPage}
                      />
                    </nav>
                  )}
                </>
              )
            }
          </ResourceState>
        </section>
      </div>
    </>
  );
}
