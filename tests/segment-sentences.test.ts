import { describe, expect, it } from 'vitest';
import { splitSentences } from '../lambdas/core/text/split-sentences.js';

describe('splitSentences in other languages', () => {
  it.each([
    [
      'zh',
      '列车脱轨，23人受伤。当地检方已展开调查！是否有人死亡？',
      ['列车脱轨，23人受伤。', '当地检方已展开调查！', '是否有人死亡？'],
    ],
    ['ja', '列車が脱線した。3人は重傷だという。', ['列車が脱線した。', '3人は重傷だという。']],
    ['hi', 'ट्रेन पटरी से उतर गई। 23 लोग घायल हुए हैं।', ['ट्रेन पटरी से उतर गई।', '23 लोग घायल हुए हैं।']],
    [
      'ar',
      'فتحت النيابة تحقيقا. متى تعود الحركة؟ لا أحد يعرف.',
      ['فتحت النيابة تحقيقا.', 'متى تعود الحركة؟', 'لا أحد يعرف.'],
    ],
    [
      'es',
      'Lo dijo el Sr. Pérez en EE. UU. ayer. El PIB creció un 2,6 %.',
      ['Lo dijo el Sr. Pérez en EE. UU. ayer.', 'El PIB creció un 2,6 %.'],
    ],
    [
      'fr',
      'Selon M. Bernard, le TER a déraillé. Le parquet enquête.',
      ['Selon M. Bernard, le TER a déraillé.', 'Le parquet enquête.'],
    ],
    [
      'de',
      'Laut Dr. Müller bleibt die Strecke bis zum 16. Oktober zu. Das sagte er z. B. gestern.',
      ['Laut Dr. Müller bleibt die Strecke bis zum 16. Oktober zu.', 'Das sagte er z. B. gestern.'],
    ],
    [
      'ru',
      'Об этом сообщил В. В. Петров. Прокуратура возбудила дело.',
      ['Об этом сообщил В. В. Петров.', 'Прокуратура возбудила дело.'],
    ],
  ])('splits %s at its full stops, not at abbreviations', (language, text, expected) => {
    // Prepare, Act
    const sentences = splitSentences(text, language);

    // Assess
    expect(sentences).toEqual(expected);
  });

  it('moves an opening quote that follows a full stop to the sentence it opens', () => {
    // Prepare
    const text = '事故发生后，部长赶到现场。“我们很震惊！”他说。';

    // Act
    const sentences = splitSentences(text, 'zh');

    // Assess
    expect(sentences).toEqual(['事故发生后，部长赶到现场。', '“我们很震惊！”', '他说。']);
    expect(sentences.join('')).toBe(text);
  });

  it('keeps English on its own splitter', () => {
    expect(splitSentences('The U.S. economy grew. Markets rose.', 'en')).toEqual([
      'The U.S. economy grew.',
      'Markets rose.',
    ]);
  });
});
