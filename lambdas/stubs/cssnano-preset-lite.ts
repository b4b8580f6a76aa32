import { leftOut } from './left-out.js';

// mjml-core loads the cssnano preset, with a dozen PostCSS plugins, to minify CSS: `minifyCss` is off.
const preset = leftOut('cssnano-preset-lite', 'mjml-core uses it only to minify CSS, which is off');

// biome-ignore lint/style/noDefaultExport: a cssnano preset is its module's default export.
export default preset;
