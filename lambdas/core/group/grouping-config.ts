/** The settings of story grouping. One configuration serves every input. */
export interface GroupingConfig {
  /** Average similarity at which articles are on one subject (first pass, over all articles). */
  readonly subjectThreshold: number;
  /** A subject splits in two when its halves are less alike than this share of their own cohesion. */
  readonly splitRatio: number;
  /** How many of the terms that vary most across a subject each start a division of it in two. */
  readonly splitStarts: number;
  /** Subjects with fewer articles than this are too small to split by their own structure. */
  readonly minSplitSize: number;
  /**
   * Similarity of their evidence (names, numbers and title terms, each counted once) at which two
   * articles of such a small subject report one event, however differently they are worded.
   */
  readonly smallSubjectEvidence: number;
  /** The fewest articles a split may set apart as an event of its own. */
  readonly minEventSize: number;
  /** Extra weight, inside a subject, of names, places and numbers: they tell its events apart. */
  readonly nameBoost: number;
  /** How many sentences of each article's body are compared. */
  readonly leadSentences: number;
  /** How many times the title's terms count. */
  readonly titleWeight: number;
  /** Days apart within which two reports can be of one event without doubt. */
  readonly sameEventDays: number;
  /** How fast the similarity of dated reports fades beyond that, in days. */
  readonly dateDecayDays: number;
  /** The least share of their similarity that reports keep however far apart their dates: dates can be wrong. */
  readonly dateFloor: number;
  /** Days apart at which reports both dated by their metadata are of different events (weekly figures). */
  readonly metadataDateDays: number;
}

/** The shipped grouping configuration. */
export const GROUPING: GroupingConfig = {
  subjectThreshold: 0.09,
  splitRatio: 0.4,
  splitStarts: 8,
  minSplitSize: 4,
  smallSubjectEvidence: 0.28,
  minEventSize: 2,
  nameBoost: 3,
  leadSentences: 12,
  titleWeight: 2,
  sameEventDays: 3,
  dateDecayDays: 7,
  dateFloor: 0.5,
  metadataDateDays: 7,
};

/**
 * How much two publication dates allow two reports to be of one event: 1 when unknown or close.
 * Far apart, a date on the page only lowers the similarity (to `dateFloor`: scraped pages carry
 * banners' and copies' dates); dates from both files' metadata are the outlets' own, and a week
 * apart they date two events: the weekly figures, the monthly report, the next match.
 */
export function dateAgreement(
  a: string | null,
  b: string | null,
  config: GroupingConfig = GROUPING,
  bothFromMetadata = false,
): number {
  if (!a || !b) return 1;
  return dayTimesAgreement(dayTime(a), dayTime(b), config, bothFromMetadata);
}

/** The time of a date's day, as `dateAgreement` compares it (NaN when it is no date). */
export const dayTime = (date: string): number => Date.parse(date.slice(0, 10));

/** `dateAgreement` of two dates given as `dayTime`s: parsed once, compared many times. */
export function dayTimesAgreement(
  a: number,
  b: number,
  config: GroupingConfig,
  bothFromMetadata: boolean,
): number {
  const days = Math.abs(a - b) / 86_400_000;
  if (!Number.isFinite(days) || days <= config.sameEventDays) return 1;
  if (bothFromMetadata && days >= config.metadataDateDays) return 0;
  const fade = Math.exp(-(days - config.sameEventDays) / config.dateDecayDays);
  return config.dateFloor + (1 - config.dateFloor) * fade;
}
