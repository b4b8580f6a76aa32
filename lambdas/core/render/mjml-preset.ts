import MjBody from 'mjml-body';
import MjColumn from 'mjml-column';
import type { Component } from 'mjml-core';
import MjDivider from 'mjml-divider';
import MjHead from 'mjml-head';
import MjAttributes from 'mjml-head-attributes';
import MjPreview from 'mjml-head-preview';
import MjStyle from 'mjml-head-style';
import MjTitle from 'mjml-head-title';
import dependencies from 'mjml-preset-core/lib/dependencies.js';
import MjRaw from 'mjml-raw';
import MjSection from 'mjml-section';
import MjText from 'mjml-text';

/** A set of MJML components and the validator's rules for them, as `mjml-core` takes it (`presets`). */
export interface MjmlPreset {
  readonly components: readonly (typeof Component)[];
  readonly dependencies: Readonly<Record<string, readonly (string | RegExp)[]>>;
}

/**
 * The MJML components the templates use, and no other: the `mjml` package registers all thirty
 * (carousel, navbar, social, accordion…), and the Lambda bundle would carry and compile them all.
 * mj-divider only has default attributes in the head. A template using a component left out here
 * fails strict validation ("Element mj-… doesn't exist or is not registered"): add it to the list.
 * The validator's rules are the full set's, so a template is judged as the `mjml` package would.
 */
export const NEWSLETTER_PRESET: MjmlPreset = {
  components: [
    MjHead,
    MjTitle,
    MjPreview,
    MjAttributes,
    MjStyle,
    MjRaw,
    MjBody,
    MjSection,
    MjColumn,
    MjText,
    MjDivider,
  ],
  dependencies,
};
