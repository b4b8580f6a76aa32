import { Duration } from 'aws-cdk-lib';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { type ConfigurationSet, EmailSendingEvent, EventDestination } from 'aws-cdk-lib/aws-ses';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DigestFunction } from './digest-function.js';
import { handlerEntry } from './project-paths.js';

/** Settings of the mail events record. */
export interface MailEventsProps {
  /** The newsletter's configuration set, whose events are recorded. */
  readonly configurationSet: ConfigurationSet;
  /** Where an event that could not be recorded goes after its retries. */
  readonly failureQueue: IQueue;
}

/**
 * What SES reports about each message: accepted (`SEND`, which settles an `uncertain` send),
 * delivered, delayed, bounced, complained about, rejected, or failed to render. Opens and clicks
 * are not tracked.
 */
export const MAIL_EVENTS: readonly EmailSendingEvent[] = [
  EmailSendingEvent.SEND,
  EmailSendingEvent.DELIVERY,
  EmailSendingEvent.DELIVERY_DELAY,
  EmailSendingEvent.BOUNCE,
  EmailSendingEvent.COMPLAINT,
  EmailSendingEvent.REJECT,
  EmailSendingEvent.RENDERING_FAILURE,
];

/** How long the mail events are kept: long enough to settle a send, or a complaint, weeks later. */
export const MAIL_EVENTS_RETENTION = RetentionDays.THREE_MONTHS;

/**
 * Mail events recorded where an operator reads them: the configuration set publishes its events to
 * the default EventBridge bus, and a rule hands each to a small function that logs it as one line
 * naming the edition and the recipient id (from the message's tags) and what happened, without the
 * addresses SES events carry; its log group keeps them three months.
 */
export class MailEvents extends Construct {
  readonly eventsFunction: DigestFunction;
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: MailEventsProps) {
    super(scope, id);
    const { configurationSet, failureQueue } = props;
    // SES publishes to the account's default bus only.
    const bus = EventBus.fromEventBusName(this, 'DefaultBus', 'default');
    configurationSet.addEventDestination('ToEventBridge', {
      destination: EventDestination.eventBus(bus),
      events: [...MAIL_EVENTS],
    });

    this.eventsFunction = new DigestFunction(this, 'MailEvents', {
      entry: handlerEntry('mail-events-handler.ts'),
      description: 'Records what SES reports about each newsletter message, without addresses',
      memorySize: 256,
      timeout: Duration.seconds(10),
      environment: {},
      logRetention: MAIL_EVENTS_RETENTION,
    });
    const fn = this.eventsFunction.function;
    this.rule = new Rule(this, 'Rule', {
      description: 'Hands the SES events of the newsletter configuration set to the mail events function',
      eventBus: bus,
      eventPattern: {
        source: ['aws.ses'],
        // SES tags every event with the configuration set the message was sent through.
        detail: { mail: { tags: { 'ses:configuration-set': [configurationSet.configurationSetName] } } },
      },
      targets: [
        new LambdaFunction(fn, {
          retryAttempts: 8,
          maxEventAge: Duration.hours(24),
          deadLetterQueue: failureQueue,
        }),
      ],
    });
    fn.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(failureQueue) });
  }
}
