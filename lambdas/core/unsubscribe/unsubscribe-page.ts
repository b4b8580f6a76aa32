import Mustache from 'mustache';

/** What the unsubscribe page says; every value is escaped when rendered. */
export interface UnsubscribePageView {
  readonly title: string;
  readonly message: string;
  /** The button, a POST to the page's own address with `action` set; none on an error page. */
  readonly button?: {
    readonly action: 'unsubscribe' | 'resubscribe';
    readonly label: string;
    /** More hidden fields the POST carries. */
    readonly fields?: readonly { readonly name: string; readonly value: string }[];
  };
}

// A page that works without scripts or outside resources: the form posts to the link itself (no
// `action` attribute), so the token in the query goes with it.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{{title}} · {{listName}}</title>
<style>
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#18181b;background:#fafafa;margin:0;padding:48px 16px}
main{max-width:480px;margin:0 auto;background:#fff;border:1px solid #e4e4e7;border-radius:8px;padding:24px}
h1{font-size:22px;margin:0 0 12px}
button{font:inherit;color:#fff;background:#1d4ed8;border:0;border-radius:6px;padding:10px 18px;cursor:pointer}
@media (prefers-color-scheme:dark){body{background:#18181b;color:#f4f4f5}main{background:#27272a;border-color:#3f3f46}}
</style>
</head>
<body>
<main>
<h1>{{title}}</h1>
<p>{{message}}</p>
{{#button}}
<form method="post"><input type="hidden" name="action" value="{{action}}">{{#fields}}<input type="hidden" name="{{name}}" value="{{value}}">{{/fields}}<button type="submit">{{label}}</button></form>
{{/button}}
</main>
</body>
</html>
`;

/** The page as HTML, for the list named `listName`. */
export function renderUnsubscribePage(view: UnsubscribePageView, listName: string): string {
  return Mustache.render(PAGE, { ...view, listName });
}
