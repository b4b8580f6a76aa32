import { describe, expect, it } from 'vitest';
import { extractTerms } from '../lambdas/core/text/terms.js';

const stems = (text: string, language: string): string[] => extractTerms(text, language).map((t) => t.stem);

describe('extractTerms in other languages', () => {
  it('leaves out stop words and stems where a stemmer exists', () => {
    // Prepare
    const spanish = 'Los heridos y el herido de Lyon';

    // Act
    const terms = stems(spanish, 'es');

    // Assess
    expect(terms).toEqual(['her', 'her', 'lyon']);
  });

  it('finds the words of Chinese text, which has no spaces, and keeps names whole', () => {
    // Prepare
    const chinese = '法国里昂附近一列列车脱轨，23人受伤。';

    // Act
    const terms = stems(chinese, 'zh');

    // Assess
    expect(terms).toContain('里昂');
    expect(terms).toContain('脱轨');
    expect(terms).toContain('23');
    expect(terms.every((t) => t.length >= 2 || /\d/u.test(t))).toBe(true);
  });

  it('reads elided French words as the word itself', () => {
    expect(stems("l'accident de l'autoroute", 'fr')).toEqual(stems('accident autoroute', 'fr'));
  });

  it('compares full-width digits as digits and flags capitalised words as names', () => {
    // Prepare
    const german = 'Der Zug mit １２０ Fahrgästen fuhr nach Grenoble';

    // Act
    const terms = extractTerms(german, 'de');

    // Assess
    expect(terms.find((t) => t.numeric)?.stem).toBe('120');
    expect(terms.find((t) => t.stem.startsWith('grenobl'))?.capitalized).toBe(true);
  });

  it('flags no names in a script without capitals', () => {
    expect(extractTerms('أصيب 23 شخصا قرب مدينة ليون', 'ar').some((t) => t.capitalized)).toBe(false);
  });
});
