import { Descriptions, Steps, Table } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n';
import { daysText, feeText, onlineLevelText, targetText } from './catalog.labels';
import type { GuideStep, ItemDetail, Material } from './catalog.types';

/** A guide section with an h2 that the table of contents links to. */
export function GuideSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} className="tb-guide-section tb-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** Plain text, or 暂无 when the server sent nothing. */
export function TextOrNone({ text }: { text: string | undefined }) {
  const { t } = useI18n();
  return text?.trim() ? <p>{text}</p> : <p className="tb-muted">{t('common.none')}</p>;
}

export function TextList({ items, ordered = false }: { items: string[]; ordered?: boolean }) {
  const { t } = useI18n();
  if (items.length === 0) return <p className="tb-muted">{t('common.none')}</p>;
  const List = ordered ? 'ol' : 'ul';
  return (
    <List>
      {items.map((text, index) => (
        <li key={index}>{text}</li>
      ))}
    </List>
  );
}

export function BasicInfo({ item, departmentName }: { item: ItemDetail; departmentName: string }) {
  const { t } = useI18n();
  const rows: { key: string; label: string; children: ReactNode }[] = [
    { key: 'department', label: t('item.department'), children: departmentName },
    { key: 'type', label: t('item.type'), children: item.type },
    { key: 'target', label: t('item.target'), children: targetText(t, item.target) },
    { key: 'applicants', label: t('guide.applicants'), children: item.guide.applicants || t('common.none') },
    { key: 'legal', label: t('item.legal'), children: daysText(t, item.legalTimeLimitDays) },
    { key: 'promised', label: t('item.promised'), children: daysText(t, item.promisedTimeLimitDays) },
    { key: 'fee', label: t('item.fee'), children: feeText(t, item.fee) },
    { key: 'chargeBasis', label: t('guide.chargeBasis'), children: item.guide.chargeBasis || t('common.none') },
    { key: 'online', label: t('item.online'), children: onlineLevelText(t, item.onlineLevel) },
    { key: 'visits', label: t('guide.visits'), children: t('guide.visitsCount', { n: item.guide.visitsInPerson }) },
    { key: 'auto', label: t('guide.autoApprovable'), children: item.autoApprovable ? t('common.yes') : t('common.no') },
    { key: 'delivery', label: t('guide.delivery'), children: item.guide.delivery || t('common.none') },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={rows} />;
}

export function MaterialsTable({ materials }: { materials: Material[] }) {
  const { t } = useI18n();
  return (
    <Table<Material>
      rowKey={(m) => m.name}
      dataSource={materials}
      pagination={false}
      size="middle"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('common.none') }}
      columns={[
        { key: 'name', title: t('guide.material.name'), dataIndex: 'name' },
        {
          key: 'required',
          title: t('guide.material.required'),
          dataIndex: 'required',
          render: (required: boolean) => (required ? t('guide.material.requiredYes') : t('guide.material.requiredNo')),
        },
        { key: 'form', title: t('guide.material.form'), dataIndex: 'form' },
        { key: 'copies', title: t('guide.material.copies'), dataIndex: 'copies' },
        { key: 'note', title: t('guide.material.note'), dataIndex: 'note' },
      ]}
    />
  );
}

export function GuideSteps({ steps }: { steps: GuideStep[] }) {
  const { t } = useI18n();
  if (steps.length === 0) return <p className="tb-muted">{t('common.none')}</p>;
  return (
    <Steps
      orientation="vertical"
      current={-1}
      items={steps.map((step) => ({ title: step.title, content: step.description, status: 'process' as const }))}
    />
  );
}

export function Faq({ faq }: { faq: ItemDetail['guide']['faq'] }) {
  const { t } = useI18n();
  if (faq.length === 0) return <p className="tb-muted">{t('common.none')}</p>;
  return (
    <dl className="tb-faq">
      {faq.map((entry, index) => (
        <div key={index}>
          <dt>{entry.q}</dt>
          <dd>{entry.a}</dd>
        </div>
      ))}
    </dl>
  );
}

export function RelatedBundles({ bundles }: { bundles: ItemDetail['bundles'] }) {
  return (
    <ul className="tb-chips">
      {bundles.map((bundle) => (
        <li key={bundle.id}>
          <Link to={`/bundles/${encodeURIComponent(bundle.id)}`}>{bundle.name}</Link>
        </li>
      ))}
    </ul>
  );
}
