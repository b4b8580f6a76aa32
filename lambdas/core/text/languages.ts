import * as sw from 'stopword/src/stopword.js';
import { stemmers } from './stemmers.js';

/** How the engine reads one language other than English. */
export interface LanguageProfile {
  /** ISO 639-1 code, as the language detector gives it. */
  readonly code: string;
  /** Function words that carry no fact, lowercase. */
  readonly stopwords: ReadonlySet<string>;
  /** Reduces a lowercase word to its stem; absent where no maintained stemmer exists. */
  readonly stem?: (word: string) => string;
  /** Writes names with capitals, so that a capitalised word mid-sentence is a likely name. */
  readonly cased: boolean;
  /** Writes ordinals with a dot ("am 16. Oktober"), which must not end a sentence. */
  readonly ordinalDot: boolean;
}

// Scripts without letter case: a capital says nothing about names there.
const CASELESS = new Set(['ar', 'bn', 'fa', 'gu', 'he', 'hi', 'ja', 'ko', 'mr', 'pa', 'ur', 'zh']);
const ORDINAL_DOT = new Set([
  'cs',
  'da',
  'de',
  'et',
  'fi',
  'hr',
  'hu',
  'lt',
  'lv',
  'no',
  'pl',
  'sk',
  'sl',
  'tr',
]);

/**
 * The languages besides English the digest reads: those the detector knows and the `stopword`
 * package has a list for, since ranking and grouping weigh content words and a text whose
 * function words count as facts groups by grammar. Thai is left out although it has a list: it
 * marks sentences with spaces, not punctuation, and the sentence segmenter finds no boundary.
 */
const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  ar: sw.ara,
  bg: sw.bul,
  bn: sw.ben,
  ca: sw.cat,
  cs: sw.ces,
  da: sw.dan,
  de: sw.deu,
  el: sw.ell,
  es: sw.spa,
  et: sw.est,
  eu: sw.eus,
  fa: sw.fas,
  fi: sw.fin,
  fr: sw.fra,
  gu: sw.guj,
  he: sw.heb,
  hi: sw.hin,
  hr: sw.hrv,
  hu: sw.hun,
  hy: sw.hye,
  it: sw.ita,
  ja: sw.jpn,
  ko: sw.kor,
  ku: sw.kur,
  lt: sw.lit,
  lv: sw.lav,
  mr: sw.mar,
  ms: sw.msa,
  nl: sw.nld,
  no: sw.nob,
  pa: sw.panGu,
  pl: sw.pol,
  pt: sw.por,
  ro: sw.ron,
  ru: sw.rus,
  sk: sw.slk,
  sl: sw.slv,
  sv: sw.swe,
  tl: sw.tgl,
  tr: sw.tur,
  uk: sw.ukr,
  ur: sw.urd,
  vi: sw.vie,
  yo: sw.yor,
  zh: sw.zho,
};

const PROFILES = new Map<string, LanguageProfile>();

/** How the engine reads a language, or null when it cannot read it (English has its own path). */
export function languageProfile(code: string): LanguageProfile | null {
  const known = PROFILES.get(code);
  if (known) return known;
  const list = Object.hasOwn(STOPWORDS, code) ? STOPWORDS[code] : undefined;
  if (!list) return null;
  const stem = stemmers[code];
  const profile: LanguageProfile = {
    code,
    stopwords: new Set(list.map((w) => w.normalize('NFKC').toLowerCase())),
    ...(stem ? { stem } : {}),
    cased: !CASELESS.has(code),
    ordinalDot: ORDINAL_DOT.has(code),
  };
  PROFILES.set(code, profile);
  return profile;
}

/** Whether the digest reads articles in a language. */
export function isReadable(code: string): boolean {
  return code === 'en' || languageProfile(code) !== null;
}

const NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** The English name of a language ("Amharic" for `am`), for reasons a reader understands. */
export function languageName(code: string): string {
  try {
    return NAMES.of(code) ?? code;
  } catch {
    // A code Intl does not accept as a language tag.
    return code;
  }
}
