import type { DateSource, ParsedDocument } from '../model.js';
import { comparisonKey, normalizeSpace } from '../text/normalize.js';
import { type BoilerplateKind, endsLikeSentence, isTeaser, TRAILER_START } from './boilerplate-rules.js';
import { normalizeTimestamp } from './dates.js';
import { keyedBlocks, ruleOf } from './keyed-blocks.js';
import { outletFromUrl, readDateLine, readOutletLine, tidyOutlet } from './metadata.js';
import { splitTruncated } from './truncated-paragraph.js';

/** A line the cleaner removed, and why. */
export interface RemovedLine {
  readonly kind: BoilerplateKind;
  readonly text: string;
}

/** An article's text with the page clutter gone and its metadata found. */
export interface CleanedDocument {
  readonly title: string | null;
  readonly paragraphs: readonly string[];
  readonly outlet: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly dateSource: DateSource | null;
  readonly removed: readonly RemovedLine[];
}

const wordCount = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/** Prose long enough to be article text even without final punctuation (feeds that drop it). */
const LONG_PROSE_WORDS = 25;

/**
 * Removes page clutter from a parsed document and finds its outlet and publication date.
 * Every removed line is reported with its kind, so what was dropped can always be checked.
 */
export function cleanDocument(doc: ParsedDocument): CleanedDocument {
  const title = doc.title ? normalizeSpace(doc.title) : null;
  const titleKey = title ? comparisonKey(title) : null;
  // A title that is itself a sentence is the lead repeated as title (wire feeds); it stays in the body.
  const titleIsLead = title !== null && (endsLikeSentence(title) || wordCount(title) >= LONG_PROSE_WORDS);
  const { blocks, counts } = keyedBlocks(doc.blocks);

  const removed: RemovedLine[] = [];
  const paragraphs: string[] = [];
  let outlet: string | null = null;
  let labelledDate: string | null = null;
  let plainDate: string | null = null;
  let skippingRelated = false;
  const drop = (kind: BoilerplateKind, text: string): void => void removed.push({ kind, text });

  for (const line of doc.preamble) {
    const found = readOutletLine(line);
    if (found?.kind === 'outlet') outlet ??= found.value;
  }

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    let { text } = block;
    const { key } = block;
    if (TRAILER_START.test(text)) {
      // Below the article it is a re-publisher's appendix: all of it goes. Above, a standfirst.
      if (paragraphs.length === 0) {
        drop('editor-note', text);
        continue;
      }
      for (const rest of blocks.slice(i)) drop('editor-note', rest.text);
      break;
    }
    if (skippingRelated) {
      if (!endsLikeSentence(text) && wordCount(text) < LONG_PROSE_WORDS) {
        drop('related', text);
        continue;
      }
      skippingRelated = false;
    }
    if (titleKey && key === titleKey && !(titleIsLead && !paragraphs.length && counts.get(key) === 1)) {
      drop('title-repeat', text);
      continue;
    }
    if (titleKey && title && key.startsWith(titleKey) && !endsLikeSentence(text)) {
      drop('caption', text);
      continue;
    }
    const outletLine = readOutletLine(text);
    if (outletLine) {
      if (outletLine.kind === 'outlet') outlet ??= outletLine.value;
      drop(outletLine.kind === 'outlet' ? 'metadata' : 'byline', text);
      continue;
    }
    const dateLine = readDateLine(text);
    if (dateLine) {
      if (dateLine.labelled) labelledDate ??= dateLine.value;
      else plainDate ??= dateLine.value;
      drop('metadata', text);
      continue;
    }
    const kind = ruleOf(block);
    if (kind) {
      drop(kind, text);
      if (kind === 'related') skippingRelated = true;
      continue;
    }
    if (isTeaser(text)) {
      // Only the cut-off sentence goes: the complete sentences before it are article text.
      const { complete, tail } = splitTruncated(text);
      drop('teaser', tail);
      if (complete === null) continue;
      text = complete;
    }
    if ((counts.get(key) ?? 0) > 1) {
      drop('caption', text);
      continue;
    }
    const next = blocks[i + 1];
    if (next && ruleOf(next) === 'photo-credit' && wordCount(text) <= 60) {
      drop('caption', text);
      continue;
    }
    if (block.kind === 'heading' || (!endsLikeSentence(text) && wordCount(text) < LONG_PROSE_WORDS)) {
      drop('subheading', text);
      continue;
    }
    paragraphs.push(text);
  }

  const structuredDate = doc.publishedAt ? normalizeTimestamp(doc.publishedAt) : null;
  const pageDate = labelledDate ?? plainDate;
  return {
    title,
    paragraphs,
    outlet: (doc.outlet ? tidyOutlet(doc.outlet) : null) ?? outlet ?? outletFromUrl(doc.url),
    url: doc.url,
    publishedAt: structuredDate ?? pageDate,
    dateSource: structuredDate ? 'metadata' : pageDate ? 'page' : null,
    removed,
  };
}
