import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useI18n } from '../../app/i18n';
import { CERTIFICATE_TYPE, MATERIAL_FORMS } from './itemFormValues';


/** 申请材料: one fieldset per material, each field labelled. */
export function MaterialsFields() {
  const { t } = useI18n();
  return (
    <Form.List name="materials">
      {(fields, { add, remove }) => (
        <fieldset className="tb-fieldset">
          <legend>{t('admin.form.materials')}</legend>
          {fields.map((field, index) => (
            <fieldset key={field.key} className="tb-fieldset tb-fieldset-inner">
              <legend>{t('admin.form.material', { n: index + 1 })}</legend>
              <div className="tb-form-grid">
                <Form.Item name={[field.name, 'name']} label={t('guide.material.name')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('guide.material.name') }) }]}>
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, 'form']} label={t('guide.material.form')}>
                  <Select options={MATERIAL_FORMS.map((value) => ({ value, label: value }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'copies']} label={t('guide.material.copies')}>
                  <InputNumber min={0} precision={0} />
                </Form.Item>
                <Form.Item name={[field.name, 'required']} label={t('guide.material.required')} valuePropName="checked">
                  <Switch />
                </Form.Item>
              </div>
              <div className="tb-form-grid">
                <Form.Item name={[field.name, 'note']} label={t('guide.material.note')}>
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'certificateType']}
                  label={t('admin.form.certificateType')}
                  extra={t('admin.form.certificateTypeHelp')}
                  rules={[{ pattern: CERTIFICATE_TYPE, message: t('admin.form.certificateTypeInvalid') }]}
                >
                  <Input spellCheck={false} />
                </Form.Item>
              </div>
              <Button danger icon={<DeleteOutlined aria-hidden="true" />} onClick={() => remove(field.name)}>
                {t('admin.form.removeMaterial', { n: index + 1 })}
              </Button>
            </fieldset>
          ))}
          <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ name: '', required: true, form: '原件', copies: 1, note: '' })}>
            {t('admin.form.addMaterial')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}

/** 申请条件: a list of texts. */
export function ConditionsFields() {
  const { t } = useI18n();
  return (
    <Form.List name="conditions">
      {(fields, { add, remove }) => (
        <fieldset className="tb-fieldset">
          <legend>{t('admin.form.conditions')}</legend>
          {fields.map((field, index) => (
            <div key={field.key} className="tb-list-row">
              <Form.Item
                name={field.name}
                label={t('admin.form.condition', { n: index + 1 })}
                className="tb-list-row-field"
                rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('admin.form.condition', { n: index + 1 }) }) }]}
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
              </Form.Item>
              <Button
                danger
                icon={<DeleteOutlined aria-hidden="true" />}
                aria-label={t('admin.form.removeCondition', { n: index + 1 })}
                onClick={() => remove(field.name)}
              />
            </div>
          ))}
          <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => add('')}>
            {t('admin.form.addCondition')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
