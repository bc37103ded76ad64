import { Result } from 'antd';
import { ButtonLink } from '../components/ButtonLink';
import { usePageTitle } from '../components/usePageTitle';
import { useI18n } from './i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'), t('site.name'));
  return (
    <Result
      status="404"
      title={<h1 className="tb-result-title">{t('notFound.title')}</h1>}
      subTitle={t('notFound.text')}
      extra={
        <ButtonLink to="/" type="primary">
          {t('notFound.home')}
        </ButtonLink>
      }
    />
  );
}
