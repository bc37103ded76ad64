import { Button, Drawer, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useApi } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { ResourceState } from '../../components/ResourceState';
import { useResource } from '../../components/useResource';
import { fetchItem } from '../catalog/catalog.api';
import type { Department, Domain, ItemDetail } from '../catalog/catalog.types';
import { ItemForm, ITEM_FORM_ID } from './ItemForm';
import { emptyItemInput, itemToInput } from './itemFormValues';

type Props = {
  /** null = closed, '' = create a new item, otherwise the id of the item to edit. */
  itemId: string | null;
  departments: Department[];
  domains: Domain[];
  onClose: () => void;
  onSaved: (item: ItemDetail) => void;
};

export function ItemEditDrawer({ itemId, departments, domains, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const creating = itemId === '';
  const [saving, setSaving] = useState(false);
  // GET /api/items/:id also answers for retired items.
  const detail = useResource(
    async (signal) => (itemId ? itemToInput(await fetchItem(api, itemId, signal)) : emptyItemInput()),
    [api, itemId],
  );
  useEffect(() => setSaving(false), [itemId]);
  const ready = itemId !== null && !detail.loading;

  return (
    <Drawer
      open={itemId !== null}
      title={creating ? t('admin.form.create') : t('admin.form.edit')}
      size={760}
      onClose={onClose}
      destroyOnHidden
      closable={{ 'aria-label': t('common.close') }}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" form={ITEM_FORM_ID} loading={saving} disabled={!ready || !detail.data}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {ready ? (
        <ResourceState {...detail} loadingLabel={t('common.loading')} retryLabel={t('common.retry')}>
          {(base) => (
            <ItemForm
              key={itemId}
              base={base}
              creating={creating}
              departments={departments}
              domains={domains}
              onBusy={setSaving}
              onSaved={onSaved}
            />
          )}
        </ResourceState>
      ) : null}
    </Drawer>
  );
}
