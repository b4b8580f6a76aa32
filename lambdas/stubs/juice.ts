import { leftOut } from './left-out.js';

// mjml-core loads juice, with its own cheerio and undici, to inline `<mj-style inline="inline">`.
const juice = Object.assign(
  leftOut('juice', 'mjml-core calls it only for <mj-style inline="inline">, which no template uses'),
  { codeBlocks: {} },
);

// biome-ignore lint/style/noDefaultExport: mjml-core calls juice through its default export.
export default juice;
