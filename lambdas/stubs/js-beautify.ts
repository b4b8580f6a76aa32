import { leftOut } from './left-out.js';

// mjml-core loads js-beautify for its `beautify` option; the newsletter is minified instead.
export const html = leftOut('js-beautify', 'mjml-core calls it only with `beautify`, which is off');
