import { Alert, AutoComplete, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useState } from 'react';
import { useApi } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { showServerFieldErrors } from '../../components/serverFieldErrors';
import { onlineLevelText, targetText } from '../catalog/catalog.labels';
import type { Department, Domain, ItemDetail } from '../catalog/catalog.types';
import { createItem, updateItem, type ItemInput } from './admin.api';
import { GuideFields } from './GuideFields';
import { ConditionsFields, MaterialsFields } from './ItemListFields';
import { ITEM_ID, ITEM_TYPES, toFormValues, toItemInput, type ItemFormValues } from './itemFormValues';

export const ITEM_FORM_ID = 'item-edit-form';

type Props = {
  base: ItemInput;
  creating: boolean;
  departments: Department[];
  domains: Domain[];
  onBusy: (busy: boolean) => void;
  onSaved: (item: ItemDetail) => void;
};

/** The item's fields; submitted by the drawer's Save button (form={ITEM_FORM_ID}). */
export function ItemForm({ base, creating, departments, domains, onBusy, onSaved }: Props) {
  const { t, pick } = useI18n();
  const api = useApi();
  const [form] = Form.useForm<ItemFormValues>();
  const [error, setError] = useState<string | null>(null);
  const required = (field: string) => ({ required: true, whitespace: true, message: t('form.required', { field }) });
  const requiredValue = (field: string) => ({ required: true, message: t('form.required', { field }) });

  const submit = async (values: ItemFormValues) => {
    setError(null);
    onBusy(true);
    try {
      const input = toItemInput(base, values);
      onSaved(creating ? await createItem(api, input) : await updateItem(api, input));
    } catch (failure) {
      setError((failure as Error).message);
      showServerFieldErrors(form, failure);
    } finally {
      onBusy(false);
    }
  };

  return (
    <Form<ItemFormValues> id={ITEM_FORM_ID} form={form} name="item" layout="vertical" initialValues={toFormValues(base)} onFinish={submit} scrollToFirstError>
      {error && <Alert type="error" showIcon title={error} role="alert" className="tb-form-alert" />}
      <Form.Item
        name="id"
        label={t('admin.form.id')}
        extra={t('admin.form.idHelp')}
        rules={[required(t('admin.form.id')), { pattern: ITEM_ID, message: t('admin.form.idInvalid') }]}
      >
        <Input disabled={!creating} spellCheck={false} />
      </Form.Item>
      <div className="tb-form-grid">
        <Form.Item name="name" label={t('admin.form.name')} rules={[required(t('admin.form.name'))]}>
          <Input />
        </Form.Item>
        <Form.Item name="nameEn" label={t('admin.form.nameEn')}>
          <Input lang="en" />
        </Form.Item>
      </div>
      <Form.Item name="aliases" label={t('admin.form.aliases')} extra={t('admin.form.aliasesHelp')}>
        <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} />
      </Form.Item>
      <div className="tb-form-grid">
        <Form.Item name="departmentId" label={t('admin.form.department')} rules={[requiredValue(t('admin.form.department'))]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={departments.map((d) => ({ value: d.id, label: pick(d.name, d.nameEn) }))} />
        </Form.Item>
        <Form.Item name="domain" label={t('admin.form.domain')} rules={[required(t('admin.form.domain'))]}>
          <AutoComplete options={domains.map((d) => ({ value: d.name }))} />
        </Form.Item>
        <Form.Item name="target" label={t('admin.form.target')}>
          <Select options={(['person', 'enterprise', 'both'] as const).map((value) => ({ value, label: targetText(t, value) }))} />
        </Form.Item>
        <Form.Item name="type" label={t('admin.form.type')}>
          <Select options={ITEM_TYPES.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item name="legalTimeLimitDays" label={t('admin.form.legalDays')} rules={[requiredValue(t('admin.form.legalDays'))]}>
          <InputNumber min={0} max={3650} precision={0} />
        </Form.Item>
        <Form.Item name="promisedTimeLimitDays" label={t('admin.form.promisedDays')} rules={[requiredValue(t('admin.form.promisedDays'))]}>
          <InputNumber min={0} max={3650} precision={0} />
        </Form.Item>
        <Form.Item name="fee" label={t('admin.form.fee')} extra={t('admin.form.feeHelp')} rules={[required(t('admin.form.fee'))]}>
          <Input />
        </Form.Item>
        <Form.Item name="onlineLevel" label={t('admin.form.onlineLevel')}>
          <Select options={[1, 2, 3, 4].map((value) => ({ value, label: `${value} · ${onlineLevelText(t, value)}` }))} />
        </Form.Item>
      </div>
      <Form.Item name="autoApprovable" label={t('admin.form.autoApprovable')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <MaterialsFields />
      <ConditionsFields />
      <GuideFields />
    </Form>
  );
}
