// The MJML component packages ship no types; each exports its component class as `module.exports`.

declare module 'mjml-body' {
  import type { Component } from 'mjml-core';

  const component: typeof Component;
  export = component;
}
declare module 'mjml-column' {
  import type { Component } from 'mjml-core';

  const component: typeof Component;
  export = component;
}
declare module 'mjml-divider' {
  import type { Component } from 'mjml-core';

  const component: typeof Component;
  export = component;
}
declare module 'mjml-head' {
  import type { Component } from 'mjml-core';

  const component: typeof Component;
  export = component;
}
declare module 'mjml-head-attributes' {
  import type { Component } from 'mjml-core';

  const component: typeof Component;
  export = component;
}
declare module 'mjml-head-preview' {
  import type { Component } from 'mjml-core';

  const component: typeof Component;
  export = component;
}
declare module 'mjml-head-style' {
  import type { Component } from 'mjml-core';

  const component: typeof Component;
  export = component;
}
declare module 'mjml-head-title' {
  import type { Component } from 'mjml-core';

  const component: typeof Component;
  export = component;
}
declare module 'mjml-raw' {
  import type { Component } from 'mjml-core';

  const component: typeof Component;
  export = component;
}
declare module 'mjml-section' {
  import type { Component } from 'mjml-core';

  const component: typeof Component;
  export = component;
}
declare module 'mjml-text' {
  import type { Component } from 'mjml-core';

  const component: typeof Component;
  export = component;
}
/** Which tags each tag may hold: the validator's rules for every core component. */
declare module 'mjml-preset-core/lib/dependencies.js' {
  const dependencies: Record<string, (string | RegExp)[]>;
  export = dependencies;
}
