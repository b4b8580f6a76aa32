/** The kinds of page clutter the cleaner removes, as reported beside each removed line. */
export type BoilerplateKind =
  | 'byline'
  | 'prompt'
  | 'copyright'
  | 'desk-label'
  | 'caption'
  | 'photo-credit'
  | 'related'
  | 'editor-note'
  | 'title-repeat'
  | 'teaser'
  | 'subheading'
  | 'metadata';

/** A pattern of page clutter, and the kind of clutter a line matching it is. */
export interface Rule {
  readonly kind: BoilerplateKind;
  readonly pattern: RegExp;
  /**
   * A test that every line the pattern matches passes, much cheaper than the pattern on prose:
   * a line that fails it is not tried against the pattern. Same flags, so the same letters match.
   */
  readonly needs?: (line: string) => boolean;
}

const CREDIT_VERBS =
  '(?:reporting|additional reporting|writing|editing|edited|written|compiled|produced|contributing|research)';

/** Line patterns that mark a whole line as clutter, whatever the article. */
export const BOILERPLATE_RULES: readonly Rule[] = [
  {
    kind: 'byline',
    pattern: new RegExp(`^(?:${CREDIT_VERBS}\\b.{0,200}\\bby\\b|by\\s+[\\p{Lu}][\\p{L}.'’ -]{1,60}$)`, 'iu'),
  },
  {
    kind: 'byline',
    pattern: /^[\p{L}.'’ ,-]{3,80}\b(?:contributed|reported) (?:to|from) this (?:report|story|article)\.?$/iu,
    needs: (line) => /contributed|reported/iu.test(line),
  },
  {
    kind: 'prompt',
    pattern:
      /^(?:you (?:may|might) also like|leave a (?:comment|reply)|post a comment|add a comment|\d+\s+comments?|comments?|share (?:this|on|via)\b.*|click here\b.*|read more\b.*|continue reading\b.*|subscribe\b.*|sign up\b.*|follow us\b.*|advertisement|sponsored(?: content)?|most (?:read|popular)|trending(?: now)?|recommended(?: for you)?|join the conversation|what do you think\?*|tags?:.*|filed under:?.*|also read:?.*|watch:?\s*.{0,60})$/iu,
  },
  {
    kind: 'copyright',
    pattern:
      /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|\b(?:reproduction|redistribution|republish\w*|reproduced|copied)\b.{0,160}\bwithout\b.{0,40}\bpermission\b/iu,
  },
  { kind: 'desk-label', pattern: /^[\p{L}& ]{2,40}\bdesk\s*[|:–—-]?$/iu },
  {
    kind: 'photo-credit',
    pattern: /^(?:photo|image|picture|file photo|credit|photograph)s?\s*(?:credit)?\s*[:|–—-]/iu,
  },
  {
    kind: 'photo-credit',
    pattern: /^[\p{L}.'’ -]{2,40}(?:\/[\p{L}.'’ -]{2,40}){1,3}$/u,
    needs: (line) => line.includes('/'),
  },
  {
    kind: 'photo-credit',
    pattern: /\b(?:getty images|ap photo|afp(?: via getty images)?|reuters|epa|shutterstock|pool)\s*\)?$/iu,
    // A match ends in a space, a bracket or the last letter of a name ("ſ" and "K" fold to s and k).
    needs: (line) => /[\s)soapkl]/iu.test(line.charAt(line.length - 1)),
  },
  {
    kind: 'caption',
    pattern: /\b(?:photo(?:graph)? collected|file photo|\(photo\)|photo:\s*[\p{L} .]{2,40})$/iu,
    needs: (line) => /photo/iu.test(line),
  },
  {
    kind: 'related',
    pattern:
      /^(?:related(?: articles?| stories| posts| coverage| news| reading)?|see also|more on this(?: story)?|more from [\p{L} ]{2,30})\s*:?$/iu,
  },
  { kind: 'editor-note', pattern: /^editor['’]?s?\s+(?:p\/?s|note|notes|summary)\b/iu },
];

/** Markers after which a re-publisher appended its own notes or summary: everything from there goes. */
export const TRAILER_START: RegExp =
  /^(?:editor['’]?s?\s+(?:p\/?s|postscript|summary)|summary\s*:|tl;?dr\b|in summary\s*:)/iu;

/** The kind of clutter a line is, judged on its own text, or null if it may be article text. */
export function matchRule(line: string): BoilerplateKind | null {
  // Long lines are prose; clutter patterns only ever fit short lines.
  if (line.length > 300) return null;
  for (const rule of BOILERPLATE_RULES)
    if ((rule.needs?.(line) ?? true) && rule.pattern.test(line)) return rule.kind;
  return null;
}

/** A line that ends like prose: sentence punctuation, possibly inside closing quotes or brackets. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…。！？।؟።]["”’')\]」』）]*$/u.test(line) || /[.!?]\s*["”’]$/u.test(line);
}

/** Text cut off with an ellipsis: a teaser, or a paragraph a feed cut at a length. */
export function isTeaser(line: string): boolean {
  return /(?:\.\.\.|…)\s*$/u.test(line);
}
