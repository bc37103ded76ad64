import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { adminMessages } from '../features/admin/admin.messages';
import { catalogMessages } from '../features/catalog/catalog.messages';
import { helpMessages } from '../features/help/help.messages';
import { identityMessages } from '../features/identity/identity.messages';
import { readStored, writeStored } from '../components/storage';
import { shellMessages } from './shell.messages';
import type { Language } from './i18n.types';

export type { Language } from './i18n.types';

const messages = { ...shellMessages, ...catalogMessages, ...identityMessages, ...adminMessages, ...helpMessages };
export type MessageKey = keyof typeof messages;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const STORAGE_KEY = 'tb.language';

/** The BCP 47 tag used for <html lang> and Accept-Language. */
export function languageTag(language: Language): string {
  return language === 'en' ? 'en' : 'zh-CN';
}

export function storedLanguage(): Language {
  return readStored(STORAGE_KEY) === 'en' ? 'en' : 'zh';
}

export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const text: string = messages[key][language];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

type I18nValue = {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  /** Picks the English variant of a server text when the UI is English and one exists. */
  pick: (zh: string, en?: string | null) => string;
};

const I18nContext = createContext<I18nValue | null>(null);

function applyLanguage(language: Language): void {
  document.documentElement.lang = languageTag(language);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(() => {
    const initial = storedLanguage();
    applyLanguage(initial);
    return initial;
  });
  const setLanguage = useCallback((next: Language) => {
    writeStored(STORAGE_KEY, next);
    applyLanguage(next);
    setState(next);
  }, []);
  const value = useMemo<I18nValue>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      pick: (zh, en) => (language === 'en' && en ? en : zh),
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
