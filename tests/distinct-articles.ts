import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../scripts/lib/seeded-random.js';

const SYLLABLES = [
  'kar',
  'vel',
  'dor',
  'mun',
  'tes',
  'bral',
  'quin',
  'sor',
  'lep',
  'gath',
  'rin',
  'fol',
  'zem',
  'hul',
];
const SUBJECTS = [
  'bridge',
  'reservoir',
  'orchard',
  'railway',
  'hospital',
  'library',
  'harbour',
  'vineyard',
  'stadium',
  'observatory',
  'bakery',
  'foundry',
  'glacier',
  'ferry',
  'tramway',
  'museum',
  'quarry',
  'brewery',
  'lighthouse',
  'aqueduct',
  'greenhouse',
  'sawmill',
  'theatre',
  'monastery',
  'canal',
  'dairy',
  'airfield',
  'shipyard',
  'tannery',
  'cathedral',
  'orchestra',
  'pharmacy',
  'lagoon',
  'windmill',
  'textile',
  'ceramics',
  'fishery',
  'tunnel',
  'cable car',
  'marathon',
  'zoo',
  'archive',
  'beehive',
  'printing press',
  'ice rink',
  'botanical garden',
  'steelworks',
  'salt marsh',
  'ski resort',
  'distillery',
  'pottery',
  'opera house',
  'silk mill',
  'bus depot',
  'fire station',
  'rowing club',
  'chess club',
  'flour mill',
  'paper mill',
  'mint',
];
const FRAMES = [
  'Officials in {town} said on {day} that the {subject} run by {firm} would close for repairs until the spring.',
  '{person}, who has managed the {subject} for eleven years, told reporters that {count} workers were affected.',
  'The council of {town} approved a grant of {count},000 euros to rebuild the {subject} after the storm damaged its roof.',
  'Residents of {town} gathered outside the {subject} on {day} evening to ask {firm} for a public hearing.',
  'Engineers from {firm} found cracks in the foundations of the {subject} during an inspection last month.',
  '{person} said the {subject} had welcomed {count} visitors a week before the closure was announced.',
  'A spokesperson for {firm} said the company expected the {subject} in {town} to reopen by the end of the year.',
  'Local shops near the {subject} reported fewer customers since the works began, according to {person}.',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function name(random: () => number, parts: number): string {
  let word = '';
  for (let i = 0; i < parts; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Writes `count` articles (up to 60) into a new temporary folder, each on an event of its own: its
 * own subject, town, firm and person, so that each becomes a story of its own with several key
 * points. Returns the folder.
 */
export function writeDistinctArticles(count: number, seed = 'distinct'): string {
  const random = seededRandom(seed);
  const folder = mkdtempSync(join(tmpdir(), 'distinct-articles-'));
  for (let i = 0; i < Math.min(count, SUBJECTS.length); i++) {
    const slots: Record<string, string> = {
      subject: SUBJECTS[i] ?? '',
      town: `${name(random, 2)}${['ford', 'ton', 'wick', 'by'][i % 4]}`,
      firm: `${name(random, 2)} ${['Holdings', 'Works', 'Group', 'Trust'][i % 4]}`,
      person: `${name(random, 1)} ${name(random, 2)}`,
      day: DAYS[i % DAYS.length] ?? '',
      count: String(12 + i * 7),
    };
    const fill = (frame: string) => frame.replace(/\{(\w+)\}/gu, (_, slot: string) => slots[slot] ?? '');
    const title = fill('{subject} in {town} closes for repairs, {firm} says');
    const text = FRAMES.map(fill).join('\n\n');
    writeFileSync(
      join(folder, `event-${String(i).padStart(2, '0')}.txt`),
      `${title.charAt(0).toUpperCase()}${title.slice(1)}\n\n${text}\n`,
    );
  }
  return folder;
}
