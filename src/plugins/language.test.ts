import { describe, expect, it } from 'vitest';
import { messageIn, pickLanguage } from './language.js';

describe('pickLanguage', () => {
  it.each([
    [undefined, 'zh'],
    ['en', 'en'],
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['fr-FR,en;q=0.5', 'en'],
    ['zh;q=0.4,en;q=0.6', 'en'],
    ['de', 'zh'],
  ])('picks %s → %s', (header, expected) => {
    expect(pickLanguage(header)).toBe(expected);
  });
});

describe('messageIn', () => {
  it('fills named parameters and leaves unknown ones visible', () => {
    expect(messageIn({ zh: '事项 {id} 不存在 {x}', en: '' }, 'zh', { id: 'a-1' })).toBe('事项 a-1 不存在 {x}');
  });
});
