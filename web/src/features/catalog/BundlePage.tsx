import { Descriptions } from 'antd';
import { useParams } from 'react-router-dom';
import { useApi } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { ResourceState } from '../../components/ResourceState';
import { usePageTitle } from '../../components/usePageTitle';
import { useResource } from '../../components/useResource';
import { fetchBundle } from './catalog.api';
import { bundleItemCountText, daysText, targetText } from './catalog.labels';
import type { Bundle } from './catalog.types';
import './catalog.css';
import { GuideSection, GuideSteps, TextList } from './GuideSections';
import { ItemResultCard } from './ItemResultCard';
import { useDepartments } from './useDepartments';

function BundleBody({ bundle }: { bundle: Bundle }) {
  const { t, pick } = useI18n();
  const { nameOf } = useDepartments();
  const name = pick(bundle.name, bundle.nameEn);
  return (
    <>
      <div className="tb-guide-head">
        <p className="tb-muted">{t('bundle.kicker')}</p>
        <h1>{name}</h1>
        <p>{bundle.description}</p>
        {bundle.guide.summary && bundle.guide.summary !== bundle.description && <p>{bundle.guide.summary}</p>}
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 3 }}
          items={[
            { key: 'target', label: t('item.target'), children: targetText(t, bundle.target) },
            { key: 'count', label: t('bundle.items'), children: bundleItemCountText(t, bundle.items.length) },
            { key: 'days', label: t('bundle.totalDays'), children: daysText(t, bundle.promisedTimeLimitDays) },
          ]}
        />
      </div>
      <GuideSection id="bundle-items" title={t('bundle.items')}>
        <ul className="tb-item-list">
          {bundle.items.map((item) => (
            <li key={item.id}>
              <ItemResultCard item={item} departmentName={nameOf(item.department.id, item.department.name)} />
            </li>
          ))}
        </ul>
      </GuideSection>
      <GuideSection id="bundle-steps" title={t('bundle.steps')}>
        <GuideSteps steps={bundle.guide.steps} />
      </GuideSection>
      {bundle.guide.notes.length > 0 && (
        <GuideSection id="bundle-notes" title={t('bundle.notes')}>
          <TextList items={bundle.guide.notes} />
        </GuideSection>
      )}
    </>
  );
}

export function BundlePage() {
  const { t, pick } = useI18n();
  const api = useApi();
  const { id = '' } = useParams();
  const bundle = useResource((signal) => fetchBundle(api, id, signal), [api, id]);
  usePageTitle(bundle.data ? pick(bundle.data.name, bundle.data.nameEn) : t('bundle.title'), t('site.name'));
  return (
    <ResourceState {...bundle} fallbackHeading={t('bundle.title')} loadingLabel={t('common.loading')} retryLabel={t('common.retry')}>
      {(data) => <BundleBody bundle={data} />}
    </ResourceState>
  );
}
