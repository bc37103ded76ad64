/** A message in both languages of the platform. */
export type Localized = { zh: string; en: string };
export type Language = 'zh' | 'en';

/** zh-CN unless the caller's Accept-Language prefers English. */
export function pickLanguage(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(',') : header ?? '';
  const ranked = value
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((l) => l.tag.startsWith('zh') || l.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.tag.startsWith('en') ? 'en' : 'zh';
}

export function messageIn(message: Localized, language: Language, params: Record<string, string | number>): string {
  return message[language].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
