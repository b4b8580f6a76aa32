import { ArticleRejectedError } from '../errors.js';
import { detectLanguage } from '../text/detect-language.js';
import { isReadable, languageName } from '../text/languages.js';

/**
 * The language of an article's title and body paragraphs, ISO 639-1.
 * @throws ArticleRejectedError `unreadable-language` naming the language, when the digest cannot read it.
 */
export function articleLanguage(title: string | null, paragraphs: readonly string[]): string {
  const language = detectLanguage([title ?? '', ...paragraphs.slice(0, 8)].join('\n'));
  if (!isReadable(language)) {
    throw new ArticleRejectedError(
      'unreadable-language',
      `the article is in ${languageName(language)}, which the digest cannot read yet`,
    );
  }
  return language;
}

/** " in this Chinese article" for the reasons of an article in a language other than English; "" for English. */
export function inLanguage(language: string): string {
  return language === 'en' ? '' : ` in this ${languageName(language)} article`;
}
