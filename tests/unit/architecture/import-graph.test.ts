// The import graph of server/, client/src and core/: core/ is shared and imports neither side, the
// page imports nothing of server/, the server nothing of client/, no modules import each other in a
// cycle (docs/design.md "Layout"), and only client/src/graph/ touches Cytoscape (graph-view.ts is the
// page's graph I/O). eslint.config.js forbids the same imports as you type.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const AREAS = ['core', 'server', 'client/src'] as const;

const sources = (dir: string): string[] =>
  fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'target' ? [] : sources(rel);
    return /\.(ts|mts)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
  });

interface Edge {
  from: string;
  to: string;
  /** `import type` / `export type`: erased at runtime, so it cannot form a load-order cycle. */
  typeOnly: boolean;
}

/** The file a relative specifier names, as tsx and Vite resolve it (with or without `.ts`/`.js`). */
function resolve(from: string, spec: string): string | undefined {
  const base = path.posix.join(path.posix.dirname(from), spec.replace(/\.js$/, ''));
  for (const c of [base, `${base}.ts`, `${base}/index.ts`])
    if (fs.existsSync(path.join(ROOT, c)) && fs.statSync(path.join(ROOT, c)).isFile()) return c;
  return undefined;
}

function importsOf(file: string): Edge[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const edges: Edge[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    if (!spec.startsWith('.')) return;
    const to = resolve(file, spec);
    if (to !== undefined) edges.push({ from: file, to, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const allTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, allTypes);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return edges;
}

const areaOf = (file: string): string | undefined => AREAS.find((a) => file.startsWith(`${a}/`));

/** Strongly connected components of more than one file (or a file importing itself): Tarjan's. */
function cycles(files: readonly string[], edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const e of edges) if (!e.typeOnly) next.get(e.from)?.push(e.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (next.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const f of files) if (!index.has(f)) connect(f);
  return found;
}

const FILES = AREAS.flatMap((a) => sources(a));
const EDGES = FILES.flatMap(importsOf);

/** Which areas each area may import (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  server: ['core'],
  'client/src': ['core'],
};

describe('the import graph', () => {
  it('sees the modules of every area', () => {
    for (const a of AREAS) expect(FILES.filter((f) => areaOf(f) === a).length).toBeGreaterThan(0);
    expect(EDGES.length).toBeGreaterThan(FILES.length);
  });

  it('keeps core/ free of server/ and client/, the page free of server/, the server free of client/', () => {
    const crossing = EDGES.filter((e) => {
      const [from, to] = [areaOf(e.from), areaOf(e.to)];
      return from !== undefined && from !== to && !(ALLOWED[from] ?? []).includes(to ?? '');
    }).map((e) => `${e.from} -> ${e.to}`);
    expect(crossing).toEqual([]);
  });

  it('has no import cycles (type-only imports aside)', () => {
    expect(cycles(FILES, EDGES)).toEqual([]);
  });
});

/**
 * Where a file of the page reaches Cytoscape: an import of `cytoscape` (or an extension of it), or a
 * `.cy` read off the graph view (`ctx.graph().cy`, `graph.cy`). Only client/src/graph/ may.
 */
function cytoscapeReaches(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node): string =>
    `${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const spec = (s: ts.Expression | undefined, node: ts.Node): void => {
    if (s && ts.isStringLiteral(s) && /^cytoscape(-|$)/.test(s.text))
      found.push(`${at(node)} imports ${s.text}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) spec(node.moduleSpecifier, node);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      spec(node.arguments[0], node);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
      spec(node.argument.literal, node);
    else if (
      (ts.isPropertyAccessExpression(node) && node.name.text === 'cy') ||
      (ts.isElementAccessExpression(node) &&
        ts.isStringLiteral(node.argumentExpression) &&
        node.argumentExpression.text === 'cy')
    ) {
      // A node box's centre is `box.cy` too: only a read off the graph (view) counts.
      if (/graph|view/i.test(node.expression.getText(sf)))
        found.push(`${at(node)} reads ${node.getText(sf)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('Cytoscape on the page', () => {
  it("is used by client/src/graph/ alone: no other file imports it or reads the graph view's .cy", () => {
    const outside = FILES.filter((f) => f.startsWith('client/src/') && !f.startsWith('client/src/graph/'));
    expect(outside.length).toBeGreaterThan(50);
    const reaches = outside.flatMap((f) => cytoscapeReaches(f, fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(reaches).toEqual([]);
  });

  it('finds an import of cytoscape or an extension, and ctx.graph().cy, but not a box centre', () => {
    const text = [
      "import type { Core } from 'cytoscape';",
      "import fcose from 'cytoscape-fcose';",
      'const a = ctx.graph().cy;',
      "const b = graph['cy'];",
      'const c = box.cy + b.cx;',
    ].join('\n');
    expect(cytoscapeReaches('m.ts', text)).toEqual([
      'm.ts:1 imports cytoscape',
      'm.ts:2 imports cytoscape-fcose',
      'm.ts:3 reads ctx.graph().cy',
      "m.ts:4 reads graph['cy']",
    ]);
  });
});

describe("the modes' pure models (client/src/analysis/)", () => {
  it('import no mode, panel, page shell, store, graph view or API client: data in, data out', () => {
    const impure =
      /^client\/src\/(modes|panels|app|offline)\/|^client\/src\/(main|page-error)\.ts$|^client\/src\/state\/store\.ts$|^client\/src\/graph\/(graph-view|layout-supervisor|layout-worker)\.ts$|^client\/src\/api\/(?!wire\.ts$)/;
    const analysis = FILES.filter((f) => f.startsWith('client/src/analysis/'));
    expect(analysis.length).toBeGreaterThan(3);
    const reaches = EDGES.filter((e) => e.from.startsWith('client/src/analysis/') && impure.test(e.to)).map(
      (e) => `${e.from} -> ${e.to}`,
    );
    expect(reaches).toEqual([]);
  });
});

describe('cycles', () => {
  it('finds a cycle of three and a self-import, and nothing in a chain or through type-only imports', () => {
    const e = (from: string, to: string, typeOnly = false): Edge => ({ from, to, typeOnly });
    expect(cycles(['a', 'b', 'c', 'd'], [e('a', 'b'), e('b', 'c'), e('c', 'a'), e('d', 'd')])).toEqual([
      ['a', 'b', 'c'],
      ['d'],
    ]);
    expect(cycles(['a', 'b', 'c'], [e('a', 'b'), e('b', 'c'), e('c', 'a', true)])).toEqual([]);
  });
});
