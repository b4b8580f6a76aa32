import { leftOut } from './left-out.js';

// mjml-core loads cheerio, with undici and iconv-lite behind it, for mj-html-attributes alone.
export const load = leftOut(
  'cheerio',
  'mjml-core calls it only for mj-html-attributes, which no template uses',
);
