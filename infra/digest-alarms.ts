import { Duration, Validations } from 'aws-cdk-lib';
import {
  Alarm,
  type AlarmBase,
  ComparisonOperator,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** Settings of the alarms. */
export interface DigestAlarmsProps {
  /** An address subscribed to the alarm topic (it confirms by a link SNS mails to it). */
  readonly alarmEmail?: string;
}

/** What the alarms watch beside their own failure queue, once the rest of the stack exists. */
export interface WatchedResources {
  readonly newsletterFunction: IFunction;
  /** Alarms made elsewhere (the ingest dead-letter queue, an edition over capacity), wired here. */
  readonly alarms: readonly AlarmBase[];
}

/**
 * SES reviews an account whose bounce rate reaches 5% or complaint rate 0.1%, and may pause its
 * sending at 10% and 0.5%: the alarms go off at the review thresholds, while there is time to act.
 */
export const REPUTATION_THRESHOLDS = { 'Reputation.BounceRate': 0.05, 'Reputation.ComplaintRate': 0.001 };

/**
 * Where operators hear of trouble: an SNS topic that every alarm of the stack notifies (and
 * `alarmEmail`, if given, receives), and the failure queue that keeps invocations that never
 * succeeded: the schedule's events EventBridge could not deliver, and the runs and mail events
 * Lambda gave up on after its retries. Create it first, then `watch` the rest of the stack.
 */
export class DigestAlarms extends Construct {
  readonly topic: Topic;
  readonly failureQueue: Queue;
  /** Every alarm that notifies the topic. */
  readonly alarms: AlarmBase[] = [];

  constructor(scope: Construct, id: string, props: DigestAlarmsProps) {
    super(scope, id);
    // Not encrypted with a key: it carries only alarm state changes (names, metrics, thresholds), and
    // CloudWatch cannot publish to a topic under the AWS-managed SNS key.
    this.topic = new Topic(this, 'Topic', { displayName: 'News digest alarms', enforceSSL: true });
    if (props.alarmEmail !== undefined) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    this.failureQueue = new Queue(this, 'FailureQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.failureQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'The queue is itself the dead-letter destination of the newsletter schedule and of failed asynchronous invocations; nothing consumes it, an operator reads it when its alarm fires.',
    });
    this.notify(
      new Alarm(this, 'FailureAlarm', {
        alarmDescription:
          'A newsletter run or a mail event failed after every retry, or the schedule could not start the newsletter: see the failure queue.',
        metric: this.failureQueue.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(5),
          statistic: 'Maximum',
        }),
        ...AT_LEAST_ONCE,
      }),
    );
  }

  /** Adds the alarms on the rest of the stack: the newsletter's errors, SES reputation, and `alarms`. */
  watch(resources: WatchedResources): void {
    this.notify(
      new Alarm(this, 'NewsletterErrorsAlarm', {
        alarmDescription:
          'A newsletter run failed; Lambda retries it twice, and the failure queue alarm fires if every retry fails.',
        metric: resources.newsletterFunction.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
        ...AT_LEAST_ONCE,
      }),
    );
    for (const [metricName, threshold] of Object.entries(REPUTATION_THRESHOLDS)) {
      this.notify(
        new Alarm(this, `${metricName.replace('Reputation.', '')}Alarm`, {
          alarmDescription: `The SES account's ${metricName} reached ${threshold}, where SES reviews an account; see the mail events log.`,
          metric: new Metric({
            namespace: 'AWS/SES',
            metricName,
            statistic: 'Maximum',
            period: Duration.hours(1),
          }),
          threshold,
          evaluationPeriods: 1,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        }),
      );
    }
    for (const alarm of resources.alarms) this.notify(alarm);
  }

  private notify(alarm: AlarmBase): void {
    alarm.addAlarmAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}

const AT_LEAST_ONCE = {
  threshold: 1,
  evaluationPeriods: 1,
  comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
  treatMissingData: TreatMissingData.NOT_BREACHING,
} as const;
