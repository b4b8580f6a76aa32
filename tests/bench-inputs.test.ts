import { describe, expect, it } from 'vitest';
import { parseArticlesJsonl, sourceFileOf, textBytes } from '../bench/jsonl-articles.js';
import { scaledArticles, seededRandom, swapWords, varyArticle } from '../bench/vary-article.js';

describe('parseArticlesJsonl', () => {
  it('reads one article a line, skipping blank lines, with numeric ids as strings', () => {
    const articles = parseArticlesJsonl('{"id":"a","text":"One."}\n\n{"id":7,"text":"Two.","outlet":"X"}\n');

    expect(articles.map((a) => a.id)).toEqual(['a', '7']);
    expect(articles[1]?.outlet).toBe('X');
  });

  it('names the line that is not JSON, or lacks an id or a text', () => {
    expect(() => parseArticlesJsonl('{"id":"a","text":"x"}\n{oops', 'f.jsonl')).toThrow(
      /^f\.jsonl:2: not JSON/,
    );
    expect(() => parseArticlesJsonl('{"id":"a"}', 'f.jsonl')).toThrow(/f\.jsonl:1: needs an "id"/);
    expect(() => parseArticlesJsonl('[1]', 'f.jsonl')).toThrow(/f\.jsonl:1: not a JSON object/);
  });

  it('feeds a line to the engine as its JSON under `<id>.json`, and counts text in UTF-8 bytes', () => {
    const [article] = parseArticlesJsonl('{"id":"a","title":"Été","text":"Un été."}');
    if (!article) throw new Error('no article');
    const file = sourceFileOf(article);

    expect(file.key).toBe('a.json');
    expect(JSON.parse(new TextDecoder().decode(file.bytes))).toEqual(article);
    expect(textBytes(article)).toBe(5 + 9);
  });
});

describe('varyArticle', () => {
  const article = {
    id: 'x1',
    title: 'Police said the fire began near the port',
    text: [
      'Police said the fire began near the port',
      'Lead sentence.',
      ...'ABCDEFGH'.split('').map((c) => `Line ${c} said more.`),
    ].join('\n'),
  };

  it('leaves copy 0 as the article itself', () => {
    expect(varyArticle(article, 0)).toBe(article);
  });

  it('gives copies their own key and wording, keeping the lead, the same for every run', () => {
    const copy = varyArticle(article, 1);

    expect(copy.id).toBe('x1~1');
    expect(copy.text).not.toBe(article.text);
    expect(copy.text.split('\n')[1]).toBe('Lead sentence.');
    expect(varyArticle(article, 1)).toEqual(copy);
    expect(varyArticle(article, 2).text).not.toBe(copy.text);
  });

  it('only drops, reorders and rewords lines: each line of a copy comes from the original', () => {
    const copy = varyArticle(article, 3);
    const original = new Set(article.text.split('\n').map((l) => swapWords(l, () => 0)));

    for (const line of copy.text.split('\n')) expect(original.has(swapWords(line, () => 0))).toBe(true);
  });

  it('swaps listed words for synonyms, keeping a capital', () => {
    expect(swapWords('Police said', () => 0)).toBe('Officers stated');
    expect(swapWords('Police said', () => 0.99)).toBe('Police said');
  });

  it('draws the same numbers from the same seed', () => {
    const [a, b] = [seededRandom('s'), seededRandom('s')];

    expect([a(), a()]).toEqual([b(), b()]);
  });
});

describe('scaledArticles', () => {
  it('repeats the articles in rounds of copies, so each size is a prefix of the next', () => {
    const base = ['a', 'b', 'c'].map((id) => ({ id, text: `${id} one.\n${id} two.\n${id} said three.` }));
    const five = scaledArticles(base, 5);

    expect(five.map((a) => a.id)).toEqual(['a', 'b', 'c', 'a~1', 'b~1']);
    expect(scaledArticles(base, 7).slice(0, 5)).toEqual(five);
  });
});
