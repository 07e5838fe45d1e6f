// Specifications of folding a Vite build into one HTML file for the offline snapshot.
import { describe, expect, it } from 'vitest';
import { inlinePage, inlineWorkers, scriptSafe } from '../../../server/snapshot/inline-html';
import { parseSnapshotArgs } from '../../../server/cli/snapshot';
import { jsonForScript } from '../../../core/query/snapshot-data';

const page = () => ({
  html: [
    '<html><head>',
    '<script type="module" crossorigin src="./assets/index-abc.js"></script>',
    '<link rel="modulepreload" crossorigin href="./assets/x.js">',
    '<link rel="stylesheet" crossorigin href="./assets/style-def.css">',
    '</head><body></body></html>',
  ].join('\n'),
  assets: new Map([
    [
      'assets/index-abc.js',
      'const w = new Worker(new URL(`layout-worker-1.js`, import.meta.url), {type:"module"}); const s = "</script>";',
    ],
    ['assets/layout-worker-1.js', 'onmessage = () => postMessage(1);'],
    ['assets/style-def.css', 'body { color: red }'],
  ]),
});

describe('inlinePage', () => {
  it('leaves no reference to a separate file: scripts, styles and preloads are inline or gone', () => {
    const html = inlinePage(page(), '<script type="application/json" id="d">{}</script>');
    expect(html).not.toMatch(/src="|href="/);
    expect(html).toContain('<style>\nbody { color: red }\n</style>');
    expect(html.indexOf('id="d"')).toBeLessThan(html.indexOf('<script type="module">'));
  });

  it('keeps the inlined code from closing its own <script> element', () => {
    const html = inlinePage(page(), '');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('fails with a clear message when the build lacks an asset', () => {
    const p = page();
    p.assets.delete('assets/style-def.css');
    expect(() => inlinePage(p, '')).toThrow(/snapshot: the build has no asset/);
  });
});

describe('inlineWorkers', () => {
  it('turns a worker file reference into a blob URL of its code', () => {
    const code = inlineWorkers(page().assets.get('assets/index-abc.js')!, page().assets);
    expect(code).toContain('URL.createObjectURL(new Blob(["onmessage = () => postMessage(1);"]');
    expect(code).not.toContain('layout-worker-1.js');
  });
});

describe('scriptSafe and jsonForScript', () => {
  it('escape what would end an inline script', () => {
    expect(scriptSafe('a = "</script>"; b = "<!--"')).toBe('a = "<\\/script>"; b = "<\\!--"');
    const json = jsonForScript({ quote: '</script><b>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ quote: '</script><b>' });
  });
});

describe('parseSnapshotArgs', () => {
  it('needs --out and accepts --graph', () => {
    expect(parseSnapshotArgs(['--out', 'atlas.html', '--graph', 'graph.json'])).toEqual({
      out: 'atlas.html',
      graph: 'graph.json',
      quiet: false,
    });
    expect(parseSnapshotArgs(['--quiet', '--out', 'a.html']).quiet).toBe(true);
    expect(() => parseSnapshotArgs([])).toThrow(/--out FILE.html is required/);
    expect(() => parseSnapshotArgs(['--out', 'a.html', '--net', 'x'])).toThrow(/unknown option --net/);
  });
});
