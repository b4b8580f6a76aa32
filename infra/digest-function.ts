import type { Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { LOCK_FILE, PROJECT_ROOT } from './project-paths.js';

/** What differs between the project's functions; everything else is shared by `DigestFunction`. */
export interface DigestFunctionProps {
  /** Absolute path of the handler's entry file, which exports `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly memorySize: number;
  /** Concurrency set aside for (and capping) the function; none by default. */
  readonly reservedConcurrentExecutions?: number;
  readonly timeout: Duration;
  /** Environment variables, named by `ENV`. */
  readonly environment: Record<string, string>;
  /** How long its logs are kept; a month unless given. */
  readonly logRetention?: RetentionDays;
  /** Shell commands run after esbuild, e.g. to copy files next to the bundle. */
  readonly afterBundling?: (inputDir: string, outputDir: string) => string[];
  /** esbuild aliases of this function's bundle (module: replacement), beside the shared ones. */
  readonly aliases?: Readonly<Record<string, string>>;
}

// sbd requires sanitize-html at load time but only calls it when sanitizing, which the engine
// turns off: sbd's own tiny browser stand-in replaces its whole dependency tree.
const SBD_ALIAS = ['sanitize-html', 'sbd/lib/sanitize-html-browser.js'] as const;

/**
 * Shell command that bundles a second entry beside a function's handler, with the same esbuild
 * settings (e.g. the worker thread a handler starts), as `<outName>.mjs`. Its dynamic imports
 * become chunks of their own, in `<outName>-chunks/` beside it, loaded only when reached.
 */
export function bundleBeside(inputDir: string, outputDir: string, source: string, outName: string): string {
  const args = [
    `"${outName}=${source}"`,
    '--bundle',
    '--platform=node',
    '--format=esm',
    '--target=node24',
    '--main-fields=module,main',
    '--minify',
    '--splitting',
    `--chunk-names=${chunkFolder(outName)}/[name]-[hash]`,
    '--out-extension:.js=.mjs',
    `--alias:${SBD_ALIAS[0]}=${SBD_ALIAS[1]}`,
    `--banner:js="${CREATE_REQUIRE_BANNER.replaceAll('"', '\\"')}"`,
    `--outdir="${outputDir}"`,
  ];
  return `"${inputDir}/node_modules/.bin/esbuild" ${args.join(' ')} --log-level=warning`;
}

/** The folder, beside a bundle `bundleBeside` made, of the chunks it loads on demand. */
const chunkFolder = (outName: string): string => `${outName}-chunks`;

/** The Powertools service name every function logs under. */
export const SERVICE_NAME = 'news-digest';

// The bundle is ESM, but mjml and other CommonJS dependencies call `require`, which ESM lacks.
export const CREATE_REQUIRE_BANNER =
  "import { createRequire as topLevelCreateRequire } from 'node:module'; const require = topLevelCreateRequire(import.meta.url);";

/**
 * A Lambda function with the project's defaults: Node.js 24 on ARM, bundled by the local esbuild as
 * minified ESM with source maps, its own log group with a retention period, Powertools settings, and
 * a role that may only write to that log group until grants add more.
 */
export class DigestFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: DigestFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', { retention: props.logRetention ?? RetentionDays.ONE_MONTH });
    // Its own role rather than the default one with AWSLambdaBasicExecutionRole, which may create
    // any log group and write to all of them.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${id}: ${props.description}`,
    });
    this.logGroup.grantWrite(this.role);

    const afterBundling = props.afterBundling ?? (() => []);
    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      ...(props.reservedConcurrentExecutions === undefined
        ? {}
        : { reservedConcurrentExecutions: props.reservedConcurrentExecutions }),
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: LOCK_FILE,
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        // Stack traces point into the TypeScript sources instead of the minified bundle.
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        forceDockerBundling: false,
        // Warnings and errors only: esbuild's size summary of every bundle is noise in a synth.
        logLevel: LogLevel.WARNING,
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        banner: CREATE_REQUIRE_BANNER,
        minify: true,
        sourceMap: true,
        // The sources are in the repository; leaving them out of the map keeps the bundle small.
        sourcesContent: false,
        esbuildArgs: Object.fromEntries(
          [SBD_ALIAS, ...Object.entries(props.aliases ?? {})].map(([from, to]) => [`--alias:${from}`, to]),
        ),
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling,
        },
      },
    });
  }
}
