import { leftOut } from './left-out.js';

// htmlparser2 loads domutils (and a serializer with its own entity tables) for its DOM helpers and
// feed reader; the MJML and htmlnano parsers use only its streaming Parser.
export const getFeed = leftOut('domutils', 'htmlparser2 calls it only to read RSS and Atom feeds');
