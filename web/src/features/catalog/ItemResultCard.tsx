import { Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n';
import { daysText, feeText, onlineLevelText } from './catalog.labels';
import type { ItemSummary } from './catalog.types';

type Props = { item: ItemSummary; headingLevel?: 'h2' | 'h3'; departmentName?: string };

/** One service item in a list: name (link to its guide), department and key facts. */
export function ItemResultCard({ item, headingLevel: Heading = 'h3', departmentName }: Props) {
  const { t, pick } = useI18n();
  return (
    <article className="tb-item-card">
      <Heading className="tb-item-card-title">
        <Link to={`/items/${encodeURIComponent(item.id)}`}>{pick(item.name, item.nameEn)}</Link>
        {item.onlineLevel === 4 && (
          <Tag color="success" className="tb-item-tag">
            {t('online.4')}
          </Tag>
        )}
        {item.autoApprovable && (
          <Tag color="processing" className="tb-item-tag">
            {t('guide.autoApprovable')}
          </Tag>
        )}
      </Heading>
      <dl className="tb-facts">
        <div>
          <dt>{t('item.department')}</dt>
          <dd>{departmentName ?? item.department.name}</dd>
        </div>
        <div>
          <dt>{t('item.promised')}</dt>
          <dd>{daysText(t, item.promisedTimeLimitDays)}</dd>
        </div>
        <div>
          <dt>{t('item.fee')}</dt>
          <dd>{feeText(t, item.fee)}</dd>
        </div>
        <div>
          <dt>{t('item.online')}</dt>
          <dd>{onlineLevelText(t, item.onlineLevel)}</dd>
        </div>
      </dl>
    </article>
  );
}
