import { Button, Radio, Select } from 'antd';
import { useApi } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { useResource } from '../../components/useResource';
import { fetchDomains } from './catalog.api';
import type { Department, ItemQuery } from './catalog.types';

type Props = {
  query: ItemQuery;
  departments: Department[] | undefined;
  onFilter: (name: 'department' | 'domain' | 'target', value: string | undefined) => void;
  onClear: () => void;
};

export function SearchFilters({ query, departments, onFilter, onClear }: Props) {
  const { t, pick } = useI18n();
  const api = useApi();
  const domains = useResource((signal) => fetchDomains(api, signal), [api]);
  const hasFilter = Boolean(query.department || query.domain || query.target || query.bundle);
  return (
    <section className="tb-filters" aria-labelledby="search-filters">
      <h2 id="search-filters">{t('search.filters')}</h2>
      <div className="tb-filter">
        <label htmlFor="filter-department">{t('search.department')}</label>
        <Select
          id="filter-department"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={query.department}
          placeholder={t('common.all')}
          onChange={(value?: string) => onFilter('department', value)}
          options={(departments ?? []).map((d) => ({ value: d.id, label: pick(d.name, d.nameEn) }))}
        />
      </div>
      <div className="tb-filter">
        <label htmlFor="filter-domain">{t('search.domain')}</label>
        <Select
          id="filter-domain"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={query.domain}
          placeholder={t('common.all')}
          onChange={(value?: string) => onFilter('domain', value)}
          options={(domains.data ?? []).map((d) => ({ value: d.name, label: d.name }))}
        />
      </div>
      <fieldset className="tb-filter">
        <legend>{t('search.target')}</legend>
        <Radio.Group
          value={query.target ?? ''}
          onChange={(event) => onFilter('target', event.target.value || undefined)}
          options={[
            { value: '', label: t('common.all') },
            { value: 'person', label: t('target.person') },
            { value: 'enterprise', label: t('target.enterprise') },
          ]}
        />
      </fieldset>
      {hasFilter && <Button onClick={onClear}>{t('search.clearFilters')}</Button>}
    </section>
  );
}
