import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NewsletterTemplates } from '../core/index.js';

/** Reads the newsletter's MJML templates from a folder (the project's `templates/`, or the bundle's copy). */
export function loadTemplates(folder: string): NewsletterTemplates {
  const read = (name: string): string => readFileSync(join(folder, `${name}.mjml`), 'utf8');
  return {
    layout: read('newsletter'),
    webIndex: read('web-index'),
    partials: {
      head: read('head'),
      header: read('header'),
      story: read('story'),
      more: read('more'),
      footer: read('footer'),
      webFooter: read('web-footer'),
    },
  };
}
