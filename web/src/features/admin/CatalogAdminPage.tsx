import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Select } from 'antd';
import { useState } from 'react';
import { useApi } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { usePageTitle } from '../../components/usePageTitle';
import { useResource } from '../../components/useResource';
import { fetchDomains } from '../catalog/catalog.api';
import type { ItemDetail } from '../catalog/catalog.types';
import { SearchBox } from '../../components/SearchBox';
import { useDepartments } from '../catalog/useDepartments';
import { RequireRole } from '../identity/RequireRole';
import { exportUrl, fetchAdminItems, type AdminItemQuery } from './admin.api';
import './admin.css';
import { AdminItemTable } from './AdminItemTable';
import { CatalogImport } from './CatalogImport';
import { ItemEditDrawer } from './ItemEditDrawer';

const PAGE_SIZE = 20;

function CatalogAdmin() {
  const { t, pick } = useI18n();
  const api = useApi();
  const { message } = App.useApp();
  const [query, setQuery] = useState<AdminItemQuery>({ page: 1, pageSize: PAGE_SIZE });
  const [editing, setEditing] = useState<string | null>(null);
  const items = useResource((signal) => fetchAdminItems(api, query, signal), [api, query]);
  const { departments, nameOf } = useDepartments();
  const domains = useResource((signal) => fetchDomains(api, signal), [api]);
  usePageTitle(t('admin.title'), t('site.name'));

  const saved = (item: ItemDetail) => {
    setEditing(null);
    message.success(t('admin.saved', { name: pick(item.name, item.nameEn) }));
    items.reload();
  };

  return (
    <>
      <h1>{t('admin.title')}</h1>
      <div className="tb-admin-toolbar">
        <SearchBox
          id="admin-search"
          label={t('admin.searchLabel')}
          placeholder={t('header.searchPlaceholder')}
          submitLabel={t('header.search')}
          size="middle"
          onSearch={(q) => setQuery((current) => ({ ...current, q: q || undefined, page: 1 }))}
        />
        <div className="tb-admin-filter">
          <label htmlFor="admin-status">{t('admin.status')}</label>
          <Select
            id="admin-status"
            value={query.status ?? ''}
            onChange={(value: string) => setQuery((current) => ({ ...current, status: value === '' ? undefined : (value as AdminItemQuery['status']), page: 1 }))}
            options={[
              { value: '', label: t('common.all') },
              { value: 'active', label: t('admin.status.active') },
              { value: 'retired', label: t('admin.status.retired') },
            ]}
          />
        </div>
      </div>
      <div className="tb-admin-actions">
        <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setEditing('')}>
          {t('admin.create')}
        </Button>
        <Button href={exportUrl('json')} download icon={<DownloadOutlined aria-hidden="true" />}>
          {t('admin.exportJson')}
        </Button>
        <Button href={exportUrl('xlsx')} download icon={<DownloadOutlined aria-hidden="true" />}>
          {t('admin.exportXlsx')}
        </Button>
      </div>
      <CatalogImport onImported={items.reload} />
      <AdminItemTable
        items={items}
        departmentName={nameOf}
        onPage={(page) => setQuery((current) => ({ ...current, page }))}
        onEdit={setEditing}
      />
      <ItemEditDrawer
        itemId={editing}
        departments={departments.data ?? []}
        domains={domains.data ?? []}
        onClose={() => setEditing(null)}
        onSaved={saved}
      />
    </>
  );
}

export function CatalogAdminPage() {
  return <RequireRole roles={['admin']}>{() => <CatalogAdmin />}</RequireRole>;
}
