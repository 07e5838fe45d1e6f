// Folds a Vite build into one self-contained HTML page: the module script and the stylesheet
// inlined, the layout worker turned into a blob URL, the snapshot's data in a JSON <script>.
// Pure: text in, text out (the CLI reads and writes the files).

export interface BuiltPage {
  html: string;
  /** Build assets by their path relative to the HTML (e.g. `./assets/index-abc.js`). */
  assets: ReadonlyMap<string, string>;
}

/** Text that may sit inside an inline <script>: no `</script` and no `<!--` can end or confuse it. */
export const scriptSafe = (code: string): string =>
  code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

const norm = (p: string): string => p.replace(/^\.\//, '');

const asset = (page: BuiltPage, ref: string): string => {
  const found = page.assets.get(norm(ref)) ?? page.assets.get(`./${norm(ref)}`);
  if (found === undefined) throw new Error(`snapshot: the build has no asset ${ref}`);
  return found;
};

/**
 * Workers are separate files in a build; a file:// page cannot load them, so each becomes a blob
 * URL made from its inlined code (`new URL("layout-worker-x.js", import.meta.url)` -> blob URL).
 */
export const inlineWorkers = (code: string, assets: ReadonlyMap<string, string>): string =>
  code.replace(
    /new URL\(\s*([`'"])([^`'"]+\.js)\1\s*,\s*import\.meta\.url\s*\)/g,
    (whole, _q: string, file: string) => {
      const key = [...assets.keys()].find((k) => norm(k).endsWith(`/${file}`) || norm(k) === file);
      if (!key) return whole;
      const src = assets.get(key) ?? '';
      return `URL.createObjectURL(new Blob([${JSON.stringify(src)}],{type:"text/javascript"}))`;
    },
  );

/**
 * The single page: scripts and styles inline, and `data` (already JSON text, see jsonForScript)
 * placed before the module script so the page finds it when it starts.
 */
export const inlinePage = (page: BuiltPage, dataScript: string): string => {
  let html = page.html;
  html = html.replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  html = html.replace(
    /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g,
    (_m, href: string) => `<style>\n${asset(page, href).replace(/<\/(style)/gi, '<\\/$1')}\n</style>`,
  );
  let scripts = 0;
  html = html.replace(/<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/g, (_m, src: string) => {
    scripts++;
    const code = inlineWorkers(asset(page, src), page.assets);
    return `${scripts === 1 ? dataScript : ''}<script type="module">\n${scriptSafe(code)}\n</script>`;
  });
  if (scripts === 0) throw new Error('snapshot: the built page has no module script to inline');
  return html;
};
