import { Alert, Tag } from 'antd';
import { useParams } from 'react-router-dom';
import { useApi } from '../../app/api';
import { useI18n, type MessageKey } from '../../app/i18n';
import { ButtonLink } from '../../components/ButtonLink';
import { ResourceState } from '../../components/ResourceState';
import { usePageTitle } from '../../components/usePageTitle';
import { useResource } from '../../components/useResource';
import { useSession } from '../identity/session';
import { fetchItem } from './catalog.api';
import { daysText, onlineLevelText, targetText } from './catalog.labels';
import type { ItemDetail } from './catalog.types';
import './catalog.css';
import { BasicInfo, Faq, GuideSection, GuideSteps, MaterialsTable, RelatedBundles, TextList, TextOrNone } from './GuideSections';
import { useDepartments } from './useDepartments';

type SectionId = 'basic' | 'conditions' | 'materials' | 'steps' | 'location' | 'legal-basis' | 'result' | 'notes' | 'faq' | 'bundles';

const SECTIONS: { id: SectionId; title: MessageKey }[] = [
  { id: 'basic', title: 'guide.basic' },
  { id: 'conditions', title: 'guide.conditions' },
  { id: 'materials', title: 'guide.materials' },
  { id: 'steps', title: 'guide.steps' },
  { id: 'location', title: 'guide.location' },
  { id: 'legal-basis', title: 'guide.legalBasis' },
  { id: 'result', title: 'guide.result' },
  { id: 'notes', title: 'guide.notes' },
  { id: 'faq', title: 'guide.faq' },
  { id: 'bundles', title: 'guide.bundles' },
];

function ApplyButton({ itemId }: { itemId: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  // Applying online comes later; for now the button leads to login or the personal page.
  const to = user ? '/me' : `/login?next=${encodeURIComponent(`/items/${itemId}`)}`;
  return (
    <>
      <ButtonLink to={to} type="primary" size="large">
        {t('guide.apply')}
      </ButtonLink>
      {!user && <span className="tb-muted">{t('guide.applyLoginHint')}</span>}
    </>
  );
}

function GuideBody({ item }: { item: ItemDetail }) {
  const { t, pick } = useI18n();
  const { nameOf } = useDepartments();
  const departmentName = nameOf(item.department.id, item.department.name);
  const sections = SECTIONS.filter((s) => s.id !== 'bundles' || item.bundles.length > 0);

  return (
    <>
      <div className="tb-guide-head">
        <h1>{pick(item.name, item.nameEn)}</h1>
        {item.status === 'retired' && <Alert type="warning" showIcon title={t('item.retired')} />}
        <p className="tb-guide-tags">
          <Tag>{departmentName}</Tag>
          <Tag>{item.type}</Tag>
          <Tag>{targetText(t, item.target)}</Tag>
          <Tag color="processing">
            {t('item.promisedTag', { days: daysText(t, item.promisedTimeLimitDays) })}
          </Tag>
          <Tag color={item.onlineLevel === 4 ? 'success' : undefined}>{onlineLevelText(t, item.onlineLevel)}</Tag>
          {item.autoApprovable && <Tag color="success">{t('guide.autoApprovable')}</Tag>}
        </p>
        {item.guide.summary && <p>{item.guide.summary}</p>}
        {item.status === 'active' && (
          <div className="tb-guide-actions">
            <ApplyButton itemId={item.id} />
          </div>
        )}
      </div>
      <div className="tb-guide-layout">
        <nav className="tb-guide-toc tb-secondary" aria-labelledby="guide-toc">
          <h2 id="guide-toc">{t('guide.contents')}</h2>
          <ol>
            {sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{t(s.title)}</a>
              </li>
            ))}
          </ol>
        </nav>
        <div>
          <GuideSection id="basic" title={t('guide.basic')}>
            <BasicInfo item={item} departmentName={departmentName} />
          </GuideSection>
          <GuideSection id="conditions" title={t('guide.conditions')}>
            <TextList items={item.conditions} ordered />
          </GuideSection>
          <GuideSection id="materials" title={t('guide.materials')}>
            <MaterialsTable materials={item.materials} />
          </GuideSection>
          <GuideSection id="steps" title={t('guide.steps')}>
            <GuideSteps steps={item.guide.steps} />
          </GuideSection>
          <GuideSection id="location" title={t('guide.location')}>
            <h3>{t('guide.online')}</h3>
            <TextOrNone text={item.guide.online} />
            <h3>{t('guide.offline')}</h3>
            <TextOrNone text={item.guide.offline} />
          </GuideSection>
          <GuideSection id="legal-basis" title={t('guide.legalBasis')}>
            <TextList items={item.guide.legalBasis} />
          </GuideSection>
          <GuideSection id="result" title={t('guide.result')}>
            <TextOrNone text={item.guide.result} />
          </GuideSection>
          <GuideSection id="notes" title={t('guide.notes')}>
            <TextList items={item.guide.notes} />
          </GuideSection>
          <GuideSection id="faq" title={t('guide.faq')}>
            <Faq faq={item.guide.faq} />
          </GuideSection>
          {item.bundles.length > 0 && (
            <GuideSection id="bundles" title={t('guide.bundles')}>
              <RelatedBundles bundles={item.bundles} />
            </GuideSection>
          )}
        </div>
      </div>
    </>
  );
}

export function ItemGuidePage() {
  const { t, pick } = useI18n();
  const api = useApi();
  const { id = '' } = useParams();
  const item = useResource((signal) => fetchItem(api, id, signal), [api, id]);
  usePageTitle(item.data ? pick(item.data.name, item.data.nameEn) : t('guide.title'), t('site.name'));
  return (
    <ResourceState {...item} fallbackHeading={t('guide.title')} loadingLabel={t('common.loading')} retryLabel={t('common.retry')}>
      {(detail) => <GuideBody item={detail} />}
    </ResourceState>
  );
}
