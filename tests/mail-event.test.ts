import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeMailEvent } from '../lambdas/core/index.js';
import { fixturePath } from './helpers.js';

/** An SES event as EventBridge delivers it, from `tests/fixtures/mail-events/`. */
const mailEvent = (name: string): unknown =>
  JSON.parse(readFileSync(fixturePath('mail-events', `${name}.json`), 'utf8'));

const ADDRESS = 'ana.reader@example.org';
const MESSAGE = {
  edition: '2024-05-16',
  recipient: '3f2a9c1b7e5d4a6b8c0d1e2f3a4b5c6d',
  messageId: '0102018f7a6b5c4d-1234abcd-5678-90ef-abcd-1234567890ab-000000',
  sentAt: '2024-05-16T06:00:01.000Z',
};

describe('summarizeMailEvent', () => {
  it.each([
    ['send', { eventType: 'Send' }],
    ['delivery', { eventType: 'Delivery', processingTimeMillis: 1874, eventAt: '2024-05-16T06:00:03.000Z' }],
    [
      'bounce',
      {
        eventType: 'Bounce',
        bounceType: 'Permanent',
        bounceSubType: 'General',
        status: '5.1.1',
        diagnosticCode: 'smtp; 550 5.1.1 <<address>>: Recipient address rejected: User unknown',
      },
    ],
    ['complaint', { eventType: 'Complaint', complaintFeedbackType: 'abuse' }],
    ['delivery-delay', { eventType: 'DeliveryDelay', delayType: 'MailboxFull', status: '4.2.2' }],
    ['reject', { eventType: 'Reject', reason: 'Bad content' }],
  ])('reads a %s event: its edition, recipient id, message and what happened', (name, expected) => {
    // Act
    const summary = summarizeMailEvent(mailEvent(name));

    // Assess
    expect(summary).toMatchObject({ ...MESSAGE, ...expected });
  });

  it.each(['send', 'delivery', 'bounce', 'complaint', 'delivery-delay', 'reject'])(
    'keeps no address, header or subject of a %s event',
    (name) => {
      // Act
      const logged = JSON.stringify(summarizeMailEvent(mailEvent(name)));

      // Assess
      expect(logged).not.toMatch(/@/u);
      expect(logged).not.toContain('example.org');
      expect(logged).not.toContain('Putin');
      expect(logged).not.toContain('203.0.113.7');
    },
  );

  it('takes the kind of event from the detail type when the detail does not name it', () => {
    // Prepare
    const event = mailEvent('send') as { detail: Record<string, unknown> };
    delete event.detail.eventType;

    // Act
    const summary = summarizeMailEvent(event);

    // Assess
    expect(summary.eventType).toBe('Email Sent');
  });

  it('reads what it can of a malformed or foreign event, and never throws', () => {
    // Act
    const summaries = [
      null,
      'text',
      [],
      { detail: { mail: { tags: { recipient: 'x', edition: [7] } } } },
    ].map(summarizeMailEvent);

    // Assess
    expect(summaries.map((s) => [s.eventType, s.edition, s.recipient])).toEqual([
      ['unknown', null, null],
      ['unknown', null, null],
      ['unknown', null, null],
      ['unknown', null, 'x'],
    ]);
  });

  it('masks an address in any free text it keeps', () => {
    // Prepare
    const event = mailEvent('delivery') as { detail: { delivery: Record<string, unknown> } };
    event.detail.delivery.smtpResponse = `250 OK id=1 for ${ADDRESS}, cc "Ben" <ben@example.net>`;

    // Act
    const summary = summarizeMailEvent(event);

    // Assess
    expect(summary.smtpResponse).toBe('250 OK id=1 for <address>, cc "Ben" <<address>>');
  });
});
