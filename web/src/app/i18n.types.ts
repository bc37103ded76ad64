export type Language = 'zh' | 'en';
/** A text in both languages of the platform. */
export type Localized = { zh: string; en: string };
