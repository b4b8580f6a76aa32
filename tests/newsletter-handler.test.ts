import { PutObjectCommand } from '@aws-sdk/client-s3';
import { SESClient, SESServiceException, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { mockClient } from 'aws-sdk-client-mock';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ledgerKey,
  optOutKey,
  recipientId,
  recordKey,
  snapshotKey,
  toRecord,
} from '../lambdas/core/index.js';
import { type FakeS3, fakeS3 } from './fakes/fake-s3.js';
import { lambdaContext } from './fakes/sqs-events.js';
import { NEWSLETTER_TEST_ENV, TEST_READERS } from './helpers-newsletter-env.js';
import { seedArticles } from './seed-articles.js';

const EDITION = '2024-05-16';
const READERS = [...TEST_READERS];
const WEB_BUCKET = NEWSLETTER_TEST_ENV.WEB_BUCKET_NAME ?? '';
let s3: FakeS3;
let web: ReturnType<FakeS3['bucket']>;
const ses = mockClient(SESClient);

/** The seed articles' records, as ingestion stored them the day before. */
function seedRecords(): void {
  for (const article of seedArticles()) {
    const record = toRecord({ ok: true, article }, article.key, new Date('2024-05-15T20:00:00Z'));
    s3.put(recordKey(article.key), JSON.stringify(record));
  }
}

const storyKeys = (report: { edition: string }) =>
  (JSON.parse(s3.text(snapshotKey(report.edition)) ?? 'null') as EditionSnapshotShape).digest.stories.map(
    (story) => story.articles.map((a) => a.key),
  );
interface EditionSnapshotShape {
  digest: { stories: { articles: { key: string }[] }[] };
  records: { key: string }[];
}

async function loadHandler(env: Record<string, string> = {}) {
  vi.resetModules();
  const settings: Record<string, string> = {
    ...NEWSLETTER_TEST_ENV,
    SES_CONFIGURATION_SET: 'news-digest',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    ...env,
  };
  for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
  return (await import('../lambdas/handlers/newsletter-handler.js')).handler;
}

const rawMessages = () =>
  ses
    .commandCalls(SendRawEmailCommand)
    // Header lines folded onto continuation lines are unfolded, as a mail reader does.
    .map((c) =>
      Buffer.from(c.args[0].input.RawMessage?.Data ?? [])
        .toString('utf8')
        .replace(/\r\n[ \t]+/gu, ' '),
    );
/** Decodes RFC 2047 encoded words (=?UTF-8?Q?...?= and =?UTF-8?B?...?=) in a header value. */
const decodeWords = (value: string): string =>
  value
    .replace(/\?=\s+=\?/gu, '?==?')
    .replace(/=\?UTF-8\?([QB])\?(.*?)\?=/giu, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeURIComponent(text.replace(/_/gu, ' ').replace(/=([0-9A-F]{2})/giu, '%$1')),
    );
const unavailable = () =>
  new SESServiceException({
    name: 'ServiceUnavailable',
    $fault: 'server',
    $metadata: {},
    message: 'try later',
  });
const throttled = () =>
  new SESServiceException({
    name: 'Throttling',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    message: 'Maximum sending rate exceeded.',
  });

beforeEach(() => {
  s3 = fakeS3();
  web = s3.bucket(WEB_BUCKET);
  ses.reset();
  ses.on(SendRawEmailCommand).resolves({ MessageId: 'msg-1' });
  seedRecords();
});
afterEach(() => {
  s3.mock.restore();
  vi.unstubAllEnvs();
});

describe('newsletter handler', () => {
  it('sends one multipart/alternative message per recipient with one-click unsubscribe headers', async () => {
    // Prepare
    const handler = await loadHandler();

    // Act
    const report = await handler({ edition: EDITION }, lambdaContext);

    // Assess
    expect(report).toMatchObject({ edition: EDITION, stories: 2, sent: 3, alreadySent: 0, failed: [] });
    expect(ses).toHaveReceivedCommandTimes(SendRawEmailCommand, 3);
    expect(ses.commandCalls(SendRawEmailCommand).map((c) => c.args[0].input.Destinations)).toEqual(
      READERS.map((r) => [r]),
    );
    expect(ses).toHaveReceivedCommandWith(SendRawEmailCommand, {
      ConfigurationSetName: 'news-digest',
      Source: 'digest@example.com',
    });
    // SES copies the tags into its events about each message: edition and keyed recipient id.
    expect(ses.commandCalls(SendRawEmailCommand).map((c) => c.args[0].input.Tags)).toEqual(
      READERS.map(() => [
        { Name: 'edition', Value: EDITION },
        { Name: 'recipient', Value: expect.stringMatching(/^[0-9a-f]{32}$/u) },
      ]),
    );
    const [first] = rawMessages();
    expect(first).toMatch(/^Content-Type: multipart\/alternative;/mu);
    expect(first).toMatch(/^Content-Type: text\/plain/mu);
    expect(first).toMatch(/^Content-Type: text\/html/mu);
    expect(first).toMatch(
      /^List-Unsubscribe: <https:\/\/digest\.example\.com\/unsubscribe\?r=[0-9a-f]{32}&t=[\w-]{43}>,\s*<mailto:unsubscribe@example\.com\?subject=unsubscribe>/mu,
    );
    expect(first).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/mu);
    expect(first).not.toMatch(/ana%40|ana@example\.com>/u);
    expect(decodeWords(first?.match(/^Subject: (.*)$/mu)?.[1] ?? '')).toMatch(/^News Digest, 16 May: /u);
  });

  it('publishes the web copy in its own bucket before sending, and every message links it', async () => {
    // Prepare
    const handler = await loadHandler();

    // Act
    await handler({ edition: EDITION }, lambdaContext);

    // Assess: the page, its summary and the index, in the web bucket only, no reader named.
    expect(web.keys()).toEqual([`editions/${EDITION}.html`, `editions/${EDITION}.json`, 'index.html']);
    expect(s3.keys().filter((k) => k.endsWith('.html'))).toEqual([]);
    const page = web.text(`editions/${EDITION}.html`) ?? '';
    expect(page.match(/<h2 id="story-\d+"/gu)).toHaveLength(2);
    expect(page).toContain('To unsubscribe, use the link in your email.');
    expect(page).not.toContain('unsubscribe?u=');
    for (const reader of READERS) {
      expect(page).not.toContain(reader);
      expect(page).not.toContain(encodeURIComponent(reader));
    }
    const index = parseHTML(web.text('index.html') ?? '').document;
    expect([...index.querySelectorAll('h2 a')].map((a) => a.getAttribute('href'))).toEqual([
      `editions/${EDITION}.html`,
    ]);
    const pagePut = s3.mock
      .commandCalls(PutObjectCommand)
      .find((c) => c.args[0].input.Key === `editions/${EDITION}.html`);
    expect(pagePut?.args[0].input).toMatchObject({
      Bucket: WEB_BUCKET,
      ContentType: 'text/html; charset=utf-8',
      CacheControl: expect.stringMatching(/^public, max-age=\d+$/u),
    });
    // Quoted-printable lines are joined again (soft line breaks), as a mail reader does.
    const messages = rawMessages().map((m) => m.replace(/=\r\n/gu, ''));
    expect(messages).toHaveLength(READERS.length);
    for (const message of messages) {
      expect(message).toContain(`\nhttps://digest.example.com/editions/${EDITION}.html\n`);
    }
  });

  it('sends nothing when the web copy cannot be published, so no message links a missing page', async () => {
    // Prepare
    const handler = await loadHandler();
    s3.failNext('put', `editions/${EDITION}.html`, unavailable());

    // Act
    const run = handler({ edition: EDITION }, lambdaContext);

    // Assess
    await expect(run).rejects.toThrow('try later');
    expect(ses).toHaveReceivedCommandTimes(SendRawEmailCommand, 0);
    expect(s3.keys('sent/')).toEqual([]);
  });

  it('never sends an edition twice to a recipient when it runs again', async () => {
    const handler = await loadHandler();
    await handler({ edition: EDITION }, lambdaContext);
    ses.resetHistory();

    const again = await handler({ edition: EDITION }, lambdaContext);

    expect(again).toMatchObject({ sent: 0, alreadySent: 3 });
    expect(ses).toHaveReceivedCommandTimes(SendRawEmailCommand, 0);
    expect(s3.keys('sent/')).toEqual(READERS.map((r) => ledgerKey(EDITION, r)).sort());
  });

  it('retries throttling with backoff and sends', async () => {
    const handler = await loadHandler({ RECIPIENTS: 'ana@example.com' });
    ses.on(SendRawEmailCommand).rejectsOnce(throttled()).resolves({ MessageId: 'msg-2' });

    const report = await handler({ edition: EDITION }, lambdaContext);

    expect(report).toMatchObject({ sent: 1, failed: [] });
    expect(ses).toHaveReceivedCommandTimes(SendRawEmailCommand, 2);
  });

  it('goes on past a rejected recipient, and does not retry what can never succeed', async () => {
    const handler = await loadHandler();
    ses.on(SendRawEmailCommand, { Destinations: ['ben@example.org'] }).rejects(
      new SESServiceException({
        name: 'MessageRejected',
        $fault: 'client',
        $metadata: {},
        message:
          'Email address is not verified. The following identities failed the check in region EU-WEST-1: ben@example.org',
      }),
    );

    const report = await handler({ edition: EDITION }, lambdaContext);

    expect(report.sent).toBe(2);
    expect(report.failed).toEqual([
      {
        recipient: expect.stringMatching(/^[0-9a-f]{32}$/u),
        error: expect.stringMatching(
          /^Email address is not verified\. The following identities failed the check in region EU-WEST-1: [0-9a-f]{32}$/u,
        ),
        permanent: true,
      },
    ]);
  });

  it('fails the run when a recipient failed for now, and the retry sends to that one only', async () => {
    const handler = await loadHandler();
    ses
      .on(SendRawEmailCommand, { Destinations: ['ben@example.org'] })
      .rejectsOnce(
        new SESServiceException({
          name: 'ServiceUnavailable',
          $fault: 'server',
          $metadata: {},
          message: 'try later',
        }),
      )
      .resolves({ MessageId: 'msg-3' });

    await expect(handler({ edition: EDITION }, lambdaContext)).rejects.toThrow(
      '1 of 3 recipients were not sent edition 2024-05-16',
    );
    // History is kept: the once-only failure above counts calls, and a reset would re-arm it.
    const before = ses.commandCalls(SendRawEmailCommand).length;
    const retry = await handler({ edition: EDITION }, lambdaContext);

    expect(retry).toMatchObject({ sent: 1, alreadySent: 2 });
    const retried = ses.commandCalls(SendRawEmailCommand).slice(before);
    expect(retried.map((c) => c.args[0].input.Destinations)).toEqual([['ben@example.org']]);
  });

  it('does not fail the run for a reply lost after sending, and leaves that recipient uncertain', async () => {
    const handler = await loadHandler();
    const lost = Object.assign(new Error('a request has exceeded the configured requestTimeout.'), {
      name: 'TimeoutError',
      code: 'ETIMEDOUT',
    });
    ses.on(SendRawEmailCommand, { Destinations: ['ben@example.org'] }).rejects(lost);

    const report = await handler({ edition: EDITION }, lambdaContext);

    expect(report).toMatchObject({ sent: 2, uncertain: 1, failed: [] });
    const entry = JSON.parse(s3.text(ledgerKey(EDITION, 'ben@example.org')) ?? 'null');
    expect(entry).toMatchObject({ status: 'uncertain' });
  });

  it('stops sending before its time is up, and the retry sends to the rest', async () => {
    const handler = await loadHandler();
    let remaining = 60_000;
    const shortOfTime = { ...lambdaContext, getRemainingTimeInMillis: () => (remaining -= 20_000) };

    await expect(handler({ edition: EDITION }, shortOfTime)).rejects.toThrow(
      '2 of 3 recipients were not sent',
    );
    const retry = await handler({ edition: EDITION }, lambdaContext);

    expect(retry).toMatchObject({ sent: 2, alreadySent: 1, deferred: 0 });
    expect(ses).toHaveReceivedCommandTimes(SendRawEmailCommand, 3);
  });

  it('stops the run when SES refuses every message, and leaves the ledger for the retry', async () => {
    const handler = await loadHandler();
    ses.on(SendRawEmailCommand).rejects(
      new SESServiceException({
        name: 'MessageRejected',
        $fault: 'client',
        $metadata: {},
        message:
          'Email address is not verified. The following identities failed the check in region EU-WEST-1: digest@example.com',
      }),
    );

    await expect(handler({ edition: EDITION }, lambdaContext)).rejects.toThrow(
      'Email address is not verified',
    );

    expect(ses).toHaveReceivedCommandTimes(SendRawEmailCommand, 1);
    expect(s3.keys('sent/')).toEqual([]);
  });

  it('lets only one of two overlapping runs send to each recipient', async () => {
    const handler = await loadHandler();

    const [first, second] = await Promise.all([
      handler({ edition: EDITION }, { ...lambdaContext, awsRequestId: 'first-run' }),
      handler({ edition: EDITION }, { ...lambdaContext, awsRequestId: 'second-run' }),
    ]);

    expect(first.sent + second.sent).toBe(3);
    expect(first.alreadySent + second.alreadySent).toBe(3);
    expect(ses).toHaveReceivedCommandTimes(SendRawEmailCommand, 3);
  });

  it('renders but neither stores nor sends on a dry run', async () => {
    const handler = await loadHandler();

    const report = await handler({ edition: EDITION, dryRun: true }, lambdaContext);

    expect(report).toMatchObject({
      dryRun: true,
      sent: 0,
      subject: expect.stringContaining('News Digest, 16 May'),
    });
    expect(ses).toHaveReceivedCommandTimes(SendRawEmailCommand, 0);
    expect(s3.mock).toHaveReceivedCommandTimes(PutObjectCommand, 0);
    expect(s3.keys('records/')).toHaveLength(5);
  });

  it('builds the edition once: stored as its snapshot, its records taken out of records/', async () => {
    const handler = await loadHandler();

    await handler({ edition: EDITION }, lambdaContext);

    expect(s3.keys('editions/')).toEqual([`editions/${EDITION}/consumed.json`, snapshotKey(EDITION)]);
    expect(storyKeys({ edition: EDITION }).map((keys) => keys.sort())).toEqual([
      ['000_91234ff0336afd09.txt', '001_77eaf09eaff0a2d4.txt', '002_15da92df3a7738be.txt'],
      ['003_244b8d813f4475ac.txt', '004_41a3ba1b02c85ae1.txt'],
    ]);
    expect(s3.keys('records/')).toEqual([]);
  });

  it('renders a retry from the snapshot: a file ingested during the send waits for the next edition', async () => {
    // Prepare: the first run fails for one reader, and a file arrives before the retry.
    ses
      .on(SendRawEmailCommand, { Destinations: [READERS[1] ?? ''] })
      .rejectsOnce(unavailable())
      .resolves({ MessageId: 'msg-2' });
    const handler = await loadHandler();
    await expect(handler({ edition: EDITION }, lambdaContext)).rejects.toThrow('1 of 3 recipients');
    const late = seedArticles()[3];
    if (!late) throw new Error('no seed');
    const lateArticle = { ...late, key: 'late.txt', title: 'Late report: harbour fire contained' };
    const lateRecord = toRecord({ ok: true, article: lateArticle }, 'late', new Date());
    s3.put(recordKey('late.txt'), JSON.stringify(lateRecord));

    // Act
    await handler({ edition: EDITION }, lambdaContext);
    const next = await handler({ edition: '2024-05-17' }, lambdaContext);

    // Assess: every reader of the edition got the same stories; the late file is in the next one.
    const messages = rawMessages();
    const ofEdition = messages.filter((m) => !m.includes('harbour fire'));
    const ofNext = messages.filter((m) => m.includes('harbour fire'));
    expect(ofEdition.map((m) => /^To: (.*)$/mu.exec(m)?.[1]).sort()).toEqual([
      READERS[0],
      READERS[1],
      READERS[1],
      READERS[2],
    ]);
    expect(ofNext).toHaveLength(3);
    expect(storyKeys({ edition: EDITION }).flat()).not.toContain('late.txt');
    expect(storyKeys(next).flat()).toEqual(['late.txt']);
  });

  it('names the scheduled edition by the date of the event in the editions’ time zone', async () => {
    const handler = await loadHandler({ EDITION_TIME_ZONE: 'Asia/Tokyo' });

    const report = await handler(
      { 'detail-type': 'Scheduled Event', source: 'aws.events', time: '2024-05-16T22:00:00Z' },
      lambdaContext,
    );

    expect(report).toMatchObject({ edition: '2024-05-17', sent: 3 });
  });

  it('sends nothing for an edition without stories', async () => {
    for (const key of s3.keys('records/')) s3.objects.delete(key);
    const handler = await loadHandler();

    const report = await handler({ edition: '2024-05-01' }, lambdaContext);

    expect(report).toMatchObject({ stories: 0, sent: 0, subject: null });
    expect(ses).toHaveReceivedCommandTimes(SendRawEmailCommand, 0);
  });

  it('reads recipients from a subscribers file in the bucket', async () => {
    s3.put(
      'config/subscribers.json',
      JSON.stringify(['dana@example.com', 'not-an-address', 'DANA@example.com']),
    );
    const handler = await loadHandler({ RECIPIENTS: '', SUBSCRIBERS_KEY: 'config/subscribers.json' });

    const report = await handler({ edition: EDITION }, lambdaContext);

    expect(report.sent).toBe(1);
    expect(ses).toHaveReceivedCommandWith(SendRawEmailCommand, { Destinations: ['dana@example.com'] });
  });

  it('mails the configured recipients and a JSON-array subscribers file together, each once', async () => {
    s3.put(
      'config/subscribers.json',
      JSON.stringify(['dana@example.com', 'ANA@example.com', 'not-an-address']),
    );
    const handler = await loadHandler({ SUBSCRIBERS_KEY: 'config/subscribers.json' });

    const report = await handler({ edition: EDITION }, lambdaContext);

    expect(report.sent).toBe(4);
    const to = ses.commandCalls(SendRawEmailCommand).map((c) => c.args[0].input.Destinations?.[0]);
    expect(to.sort()).toEqual([...READERS, 'dana@example.com'].sort());
  });

  it('leaves out every reader who unsubscribed since the last send, and reports bad entries by position only', async () => {
    // Prepare: ben unsubscribed through his link; the subscribers file has a typo in it.
    s3.put(optOutKey(recipientId('ben@example.org', 'k'.repeat(32))), '{}');
    s3.put('config/subscribers.txt', 'dana@example.com\nerin.example.com\n');
    const handler = await loadHandler({ SUBSCRIBERS_KEY: 'config/subscribers.txt' });

    // Act
    const report = await handler({ edition: EDITION }, lambdaContext);

    // Assess
    const to = ses.commandCalls(SendRawEmailCommand).flatMap((c) => c.args[0].input.Destinations ?? []);
    expect(to.sort()).toEqual(['ana@example.com', 'chloe@example.net', 'dana@example.com']);
    expect(report).toMatchObject({ sent: 3, optedOut: 1 });
    expect(report.invalidSubscribers).toEqual([{ position: 'line 2', reason: 'has no @' }]);
    expect(JSON.stringify(report)).not.toContain('erin');
  });

  it('rejects an on-demand request that is not { edition?, dryRun? }', async () => {
    const handler = await loadHandler();

    await expect(handler({ edition: '16/05/2024' }, lambdaContext)).rejects.toThrow(
      'expected { "edition"?: "YYYY-MM-DD"',
    );
  });
});
