import { InvalidSettingError } from './deploy-settings.js';
import { buildDigestApp } from './digest-app.js';

try {
  buildDigestApp().app.synth();
} catch (error) {
  // A setting mistake is the user's to fix: its message says which and how, a stack trace would not.
  if (!(error instanceof InvalidSettingError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
