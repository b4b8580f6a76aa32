import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../lambdas/core/text/detect-language.js';
import { languageName } from '../lambdas/core/text/languages.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Officials said the regional train left the tracks near Lyon on Tuesday morning. '.repeat(4)],
    ['es', 'Un tren regional descarriló este martes cerca de Lyon y dejó 23 heridos. '.repeat(4)],
    ['ru', 'Во вторник утром недалеко от Лиона сошёл с рельсов региональный поезд.'],
    ['zh', '法国东南部里昂附近一列地区列车14日上午脱轨，造成23人受伤。'],
    ['ar', 'أصيب 23 شخصا إثر خروج قطار إقليمي عن مساره قرب مدينة ليون.'],
    ['am', 'በደቡብ ምስራቅ ፈረንሳይ በሊዮን ከተማ አቅራቢያ አንድ ባቡር ከሀዲዱ ወጥቷል።'],
  ])('names %s text by its ISO 639-1 code', (code, text) => {
    // Prepare, Act
    const language = detectLanguage(text);

    // Assess
    expect(language).toBe(code);
  });

  it('reads a short Latin-script text as English rather than guess', () => {
    // Prepare
    const headline = 'Putin visits Beijing';

    // Act
    const language = detectLanguage(headline);

    // Assess
    expect(language).toBe('en');
  });

  it('gives English for text without letters', () => {
    expect(detectLanguage('2024 — 17:30')).toBe('en');
  });

  it('names languages in English for reasons', () => {
    expect([languageName('am'), languageName('zh'), languageName('he')]).toEqual([
      'Amharic',
      'Chinese',
      'Hebrew',
    ]);
  });
});
