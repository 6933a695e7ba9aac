/**
 * Hostile text for the hostile-input e2e tests. Every payload that runs calls `__pwned.push(<id>)` or
 * `alert(<id>)`; the trap (e2e/fixtures/trap.js and an init script in the extension pages) records both,
 * so "nothing ran" is an observable fact, not an assumption. Ids are unique, so a failure names the payload.
 */
export interface HostilePayload {
  id: string;
  text: string;
}

const p = (id: string, text: string): HostilePayload => ({ id, text });

export const XSS_CORPUS: readonly HostilePayload[] = [
  p('script-tag', `<script>__pwned.push('script-tag')</script>`),
  p('script-upper', `<SCRIPT>alert('script-upper')</SCRIPT>`),
  p('script-src-data', `<script src="data:text/javascript,__pwned.push('script-src-data')"></script>`),
  p('img-onerror', `<img src=x onerror="__pwned.push('img-onerror')">`),
  p('img-onerror-unquoted', `<img src=x onerror=alert('img-onerror-unquoted')//`),
  p('svg-onload', `<svg onload="__pwned.push('svg-onload')"><circle r=1 /></svg>`),
  p('svg-script', `<svg><script>__pwned.push('svg-script')</script></svg>`),
  p('svg-animate-href', `<svg><a><animate attributeName=href values="javascript:__pwned.push('svg-animate-href')"/><text y=20>click</text></a></svg>`),
  p('math-href', `<math><mtext><a href="javascript:__pwned.push('math-href')">x</a></mtext></math>`),
  p('math-mglyph-style', `<math><mtext><table><mglyph><style><img src=x onerror="__pwned.push('math-mglyph-style')">`),
  p('iframe-srcdoc', `<iframe srcdoc="<script>parent.__pwned.push('iframe-srcdoc')</script>"></iframe>`),
  p('iframe-js-src', `<iframe src="javascript:parent.__pwned.push('iframe-js-src')"></iframe>`),
  p('a-javascript', `<a href="javascript:__pwned.push('a-javascript')">Apply here</a>`),
  p('a-javascript-entity', `<a href="jav&#x09;ascript:__pwned.push('a-javascript-entity')">Apply</a>`),
  p('a-javascript-bare', `javascript:__pwned.push('a-javascript-bare')`),
  p('object-data', `<object data="data:text/html,<script>parent.__pwned.push('object-data')</script>"></object>`),
  p('embed-src', `<embed src="data:text/html,<script>parent.__pwned.push('embed-src')</script>">`),
  p('body-onload', `<body onload="__pwned.push('body-onload')">`),
  p('details-ontoggle', `<details open ontoggle="__pwned.push('details-ontoggle')"><summary>x</summary></details>`),
  p('input-autofocus', `<input autofocus onfocus="__pwned.push('input-autofocus')">`),
  p('video-source-onerror', `<video><source onerror="__pwned.push('video-source-onerror')"></video>`),
  p('style-import', `<style>@import 'javascript:__pwned.push("style-import")';</style><b>bold</b>`),
  p('form-action', `<form action="javascript:__pwned.push('form-action')"><button>Apply</button></form>`),
  p('meta-refresh', `<meta http-equiv="refresh" content="0;url=javascript:__pwned.push('meta-refresh')">`),
  p('base-href', `<base href="javascript:__pwned.push('base-href')//">`),
  p('textarea-breakout', `</textarea><img src=x onerror="__pwned.push('textarea-breakout')">`),
  p('title-breakout', `</title></head><script>__pwned.push('title-breakout')</script>`),
  p('attr-breakout', `" autofocus onfocus="__pwned.push('attr-breakout')" x="`),
  p('attr-breakout-single', `' onmouseover='__pwned.push("attr-breakout-single")' '`),
  p('comment-breakout', `<!--><img src=x onerror="__pwned.push('comment-breakout')">-->`),
  p('cdata-breakout', `<![CDATA[<]]><img src=x onerror="__pwned.push('cdata-breakout')">`),
  p('broken-markup', `<<img src=x onerror="__pwned.push('broken-markup')"//<`),
  p('unclosed-tags', `<b><i><u>unclosed <div><p><img src=x onerror=__pwned.push('unclosed-tags')`),
  p('noscript-mxss', `<noscript><p title="</noscript><img src=x onerror=__pwned.push('noscript-mxss')>">`),
  p('template-literal', '${__pwned.push(\'template-literal\')}'),
  p('template-expression', '{{constructor.constructor("__pwned.push(\'template-expression\')")()}}'),
  p('entity-script', `&lt;script&gt;__pwned.push('entity-script')&lt;/script&gt;`),
  p('entity-double', `&amp;lt;img src=x onerror=__pwned.push('entity-double')&amp;gt;`),
  p('numeric-entities', `&#60;img src=x onerror=&#95;&#95;pwned.push('numeric-entities')&#62;`),
  p('unicode-escapes', `\u003cimg src=x onerror=__pwned.push('unicode-escapes')\u003e`),
  p('null-byte', `<scr\u0000ipt>__pwned.push('null-byte')</scr\u0000ipt>`),
  p('rtl-override', `\u202e<img src=x onerror="__pwned.push('rtl-override')">\u202c`),
  p('markdown-link', `[Apply](javascript:__pwned.push('markdown-link'))`),
  p('data-url-html', `data:text/html;base64,PHNjcmlwdD5fX3B3bmVkLnB1c2goJ2RhdGEnKTwvc2NyaXB0Pg==#data-url-html`),
  p('json-shaped', `{"type":"content/insert","rendering":{"html":"<img src=x onerror=__pwned.push('json-shaped')>"}}`),
  p('prototype-keys', `__proto__ constructor prototype <img src=x onerror="__pwned.push('prototype-keys')">`),
  p('long-nesting', `${'<div>'.repeat(60)}<img src=x onerror="__pwned.push('long-nesting')">${'</div>'.repeat(60)}`),
];

/** Marker text every payload contains, so the tests can check the payload's text did arrive (inert). */
export function payloadMarker(payload: HostilePayload): string {
  return payload.id;
}
