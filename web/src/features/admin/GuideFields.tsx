import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber } from 'antd';
import { useI18n, type MessageKey } from '../../app/i18n';

const TEXT_FIELDS: { name: string; label: MessageKey; rows: number }[] = [
  { name: 'applicants', label: 'admin.form.applicants', rows: 2 },
  { name: 'online', label: 'admin.form.online', rows: 2 },
  { name: 'offline', label: 'admin.form.offline', rows: 2 },
  { name: 'result', label: 'admin.form.result', rows: 1 },
  { name: 'delivery', label: 'admin.form.delivery', rows: 1 },
  { name: 'chargeBasis', label: 'admin.form.chargeBasis', rows: 1 },
];

function StepsFields() {
  const { t } = useI18n();
  const required = (field: string) => [{ required: true, whitespace: true, message: t('form.required', { field }) }];
  return (
    <Form.List name={['guide', 'steps']}>
      {(fields, { add, remove }) => (
        <fieldset className="tb-fieldset">
          <legend>{t('admin.form.steps')}</legend>
          {fields.map((field, index) => (
            <fieldset key={field.key} className="tb-fieldset tb-fieldset-inner">
              <legend>{t('admin.form.step', { n: index + 1 })}</legend>
              <Form.Item name={[field.name, 'title']} label={t('admin.form.stepTitle')} rules={required(t('admin.form.stepTitle'))}>
                <Input />
              </Form.Item>
              <Form.Item name={[field.name, 'description']} label={t('admin.form.stepDescription')} rules={required(t('admin.form.stepDescription'))}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
              </Form.Item>
              <Button danger icon={<DeleteOutlined aria-hidden="true" />} onClick={() => remove(field.name)}>
                {t('admin.form.removeStep', { n: index + 1 })}
              </Button>
            </fieldset>
          ))}
          <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({ title: '', description: '' })}>
            {t('admin.form.addStep')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}

/** The guide's texts (the server requires all of them); FAQ is kept as it was. */
export function GuideFields() {
  const { t } = useI18n();
  const required = (field: string) => [{ required: true, whitespace: true, message: t('form.required', { field }) }];
  return (
    <fieldset className="tb-fieldset">
      <legend>{t('admin.form.guide')}</legend>
      <Form.Item name={['guide', 'summary']} label={t('admin.form.summary')} rules={required(t('admin.form.summary'))}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item
        name={['guide', 'legalBasis']}
        label={t('admin.form.legalBasis')}
        extra={t('admin.form.linesHelp')}
        rules={required(t('admin.form.legalBasis'))}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      {TEXT_FIELDS.map((field) => (
        <Form.Item key={field.name} name={['guide', field.name]} label={t(field.label)} rules={required(t(field.label))}>
          <Input.TextArea autoSize={{ minRows: field.rows, maxRows: 6 }} />
        </Form.Item>
      ))}
      <Form.Item name={['guide', 'visitsInPerson']} label={t('admin.form.visits')}>
        <InputNumber min={0} max={10} precision={0} />
      </Form.Item>
      <StepsFields />
      <Form.Item name={['guide', 'notes']} label={t('admin.form.notes')} extra={t('admin.form.linesHelp')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
    </fieldset>
  );
}
