import { useI18n, type MessageKey } from '../../app/i18n';
import { usePageTitle } from '../../components/usePageTitle';

const TOPICS: { id: string; title: MessageKey; paragraphs: MessageKey[] }[] = [
  { id: 'find', title: 'help.find.title', paragraphs: ['help.find.search', 'help.find.browse', 'help.find.filters', 'help.find.guide'] },
  { id: 'account', title: 'help.account.title', paragraphs: ['help.account.register', 'help.account.login'] },
  { id: 'elderly', title: 'help.elderly.title', paragraphs: ['help.elderly.text'] },
  { id: 'language', title: 'help.language.title', paragraphs: ['help.language.text'] },
  { id: 'keyboard', title: 'help.keyboard.title', paragraphs: ['help.keyboard.text'] },
  { id: 'demo', title: 'help.demo.title', paragraphs: ['help.demo.text'] },
  { id: 'contact', title: 'help.contact.title', paragraphs: ['help.contact.text'] },
];

export function HelpPage() {
  const { t } = useI18n();
  usePageTitle(t('help.title'), t('site.name'));
  return (
    <>
      <h1>{t('help.title')}</h1>
      <p>{t('help.intro')}</p>
      {TOPICS.map((topic) => (
        <section key={topic.id} className="tb-panel" aria-labelledby={`help-${topic.id}`}>
          <h2 id={`help-${topic.id}`}>{t(topic.title)}</h2>
          {topic.paragraphs.map((key) => (
            <p key={key}>{t(key)}</p>
          ))}
        </section>
      ))}
    </>
  );
}
