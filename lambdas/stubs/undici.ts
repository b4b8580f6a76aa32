import { leftOut } from './left-out.js';

// An HTTP client: nothing the newsletter renders is fetched (cheerio's `fromURL` is what loads it).
const why = 'the newsletter function fetches nothing over HTTP but through the AWS SDK';
export const fetch = leftOut('undici', why);
export const request = leftOut('undici', why);
