/**
 * Abbreviations after which a dot does not end a sentence, by language, lowercase and without
 * their dot. The sentence segmenter ends a sentence at any dot before a capital ("M. Bernard",
 * "Dr. Müller", "EE. UU. bajará"): these rejoin it. Single capital letters (initials) rejoin in
 * every language. English keeps its own splitter, which knows its abbreviations.
 */
const LISTS: Readonly<Record<string, readonly string[]>> = {
  de: [
    'dr',
    'prof',
    'nr',
    'st',
    'bzw',
    'ca',
    'z',
    'b',
    'u',
    'a',
    'd',
    'h',
    'vgl',
    'hr',
    'fr',
    'mio',
    'mrd',
    'jh',
    'usw',
  ],
  es: ['sr', 'sra', 'srta', 'dr', 'dra', 'ee', 'uu', 'ud', 'uds', 'núm', 'pág', 'etc', 'gral', 'lic'],
  fr: ['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'st', 'ste', 'av', 'env', 'gal', 'cf'],
  it: ['sig', 'sigg', 'sig.ra', 'dott', 'prof', 'avv', 'ing', 'on', 'gen', 'ecc'],
  pt: ['sr', 'sra', 'dr', 'dra', 'prof', 'eng', 'gen', 'av'],
  nl: ['dhr', 'mevr', 'dr', 'prof', 'mr', 'ir', 'bijv', 'o.a', 'ca'],
  ru: ['г', 'гг', 'т', 'е', 'д', 'п', 'им', 'ул', 'млн', 'млрд', 'тыс', 'руб', 'проф', 'акад', 'ген'],
  uk: ['м', 'р', 'рр', 'вул', 'млн', 'млрд', 'тис', 'грн', 'проф', 'ген'],
  pl: ['dr', 'prof', 'inż', 'np', 'ok', 'ul', 'gen', 'mln', 'mld', 'tys', 'tzw'],
};

const SETS = new Map(Object.entries(LISTS).map(([code, list]) => [code, new Set(list)]));

// The last word of a sentence-to-be and its dot: "M." of "a indiqué M.", "EE." of "los EE.".
const LAST_WORD = /(?:^|[\s(«"“„'‘])([\p{L}.]{1,8})\.$/u;

/** Whether a segment the sentence segmenter ended stops at an abbreviation, not at its sentence's end. */
export function endsWithAbbreviation(segment: string, language: string): boolean {
  const match = LAST_WORD.exec(segment.trimEnd());
  const word = match?.[1];
  if (word === undefined) return false;
  if (/^\p{Lu}$/u.test(word)) return true;
  return SETS.get(language)?.has(word.toLowerCase()) ?? false;
}

/** Whether a segment ends at an ordinal's dot ("bis zum 16."), in a language that writes them so. */
export function endsWithOrdinal(segment: string): boolean {
  return /(?:^|\s)\d{1,3}\.$/u.test(segment.trimEnd());
}
