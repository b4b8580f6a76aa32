import { App } from 'aws-cdk-lib';
import { DataStack } from './data-stack.js';

const app = new App();
new DataStack(app, 'NewsDigestData');
app.synth();
