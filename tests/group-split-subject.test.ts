import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSubject } from '../lambdas/core/group/split-subject.js';
import { fixturePath } from './helpers.js';
import { subjectContextOf } from './helpers-vectors.js';

interface SubjectFixture {
  readonly specific: readonly string[];
  readonly articles: readonly (readonly string[])[];
}

describe('splitSubject', () => {
  it('divides a subject by the terms that vary most when average-link only sets one report apart', () => {
    // Prepare
    const fixture = JSON.parse(
      readFileSync(fixturePath('subjects', 'two-earthquakes.json'), 'utf8'),
    ) as SubjectFixture;
    const context = subjectContextOf(fixture.articles, fixture.specific);

    // Act
    const events = splitSubject(
      fixture.articles.map((_, i) => i),
      context,
    );

    // Assess
    const sorted = events.map((e) => [...e].sort((a, b) => a - b)).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
    expect(sorted).toEqual([
      [0, 1, 2, 3, 4, 10],
      [5, 6, 7, 8, 9],
    ]);
  });
});
