import { Alert, App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { useApi } from '../../app/api';
import { useI18n } from '../../app/i18n';
import type { Resource } from '../../components/useResource';
import { daysText, onlineLevelText, targetText } from '../catalog/catalog.labels';
import type { ItemPage, ItemSummary } from '../catalog/catalog.types';
import { retireItem } from './admin.api';

type Props = {
  items: Resource<ItemPage>;
  departmentName: (id: string, fallback: string) => string;
  onPage: (page: number) => void;
  onEdit: (id: string) => void;
};

function RowActions({ item, onEdit, onRetired }: { item: ItemSummary; onEdit: (id: string) => void; onRetired: () => void }) {
  const { t, pick } = useI18n();
  const api = useApi();
  const { message } = App.useApp();
  const name = pick(item.name, item.nameEn);
  const retire = async () => {
    try {
      await retireItem(api, item.id);
      message.success(t('admin.retireDone', { name }));
      onRetired();
    } catch (error) {
      message.error((error as Error).message);
    }
  };
  return (
    <Space wrap>
      <Button size="small" aria-label={t('admin.editNamed', { name })} onClick={() => onEdit(item.id)}>
        {t('admin.edit')}
      </Button>
      {item.status === 'active' && (
        <Popconfirm
          title={t('admin.retireConfirm', { name })}
          okText={t('admin.retire')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={retire}
        >
          <Button size="small" danger aria-label={t('admin.retireNamed', { name })}>
            {t('admin.retire')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

/** The admin list of items, paginated by the server. */
export function AdminItemTable({ items, departmentName, onPage, onEdit }: Props) {
  const { t, pick } = useI18n();
  const page = items.data;
  return (
    <>
      {items.error && <Alert type="error" showIcon title={items.error.message} action={<Button onClick={items.reload}>{t('common.retry')}</Button>} />}
      <Table<ItemSummary>
        rowKey="id"
        loading={items.loading}
        dataSource={page?.items ?? []}
        scroll={{ x: 'max-content' }}
        title={() => <h2 className="tb-table-title">{t('admin.tableCaption')}</h2>}
        pagination={{
          current: page?.page ?? 1,
          pageSize: page?.pageSize ?? 20,
          total: page?.total ?? 0,
          showSizeChanger: false,
          onChange: onPage,
        }}
        columns={[
          { key: 'id', title: t('admin.col.id'), dataIndex: 'id', render: (id: string) => <span className="tb-mono">{id}</span> },
          { key: 'name', title: t('admin.col.name'), render: (_, item) => pick(item.name, item.nameEn) },
          { key: 'department', title: t('item.department'), render: (_, item) => departmentName(item.department.id, item.department.name) },
          { key: 'domain', title: t('search.domain'), dataIndex: 'domain' },
          { key: 'target', title: t('item.target'), render: (_, item) => targetText(t, item.target) },
          { key: 'promised', title: t('item.promised'), render: (_, item) => daysText(t, item.promisedTimeLimitDays) },
          { key: 'online', title: t('item.online'), render: (_, item) => onlineLevelText(t, item.onlineLevel) },
          {
            key: 'status',
            title: t('admin.status'),
            render: (_, item) =>
              item.status === 'active' ? <Tag color="success">{t('admin.status.active')}</Tag> : <Tag>{t('admin.status.retired')}</Tag>,
          },
          { key: 'actions', title: t('admin.col.actions'), render: (_, item) => <RowActions item={item} onEdit={onEdit} onRetired={items.reload} /> },
        ]}
      />
    </>
  );
}
