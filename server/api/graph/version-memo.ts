// Remembers answers of expensive whole-graph queries for the current graph version only: a version
// never changes once loaded, and a new version drops everything kept for the old one.

export class VersionMemo<T> {
  private version: string | undefined;
  private entries = new Map<string, Promise<T>>();

  constructor(private readonly maxEntries: number) {}

  get(version: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (version !== this.version) {
      this.version = version;
      this.entries = new Map();
    }
    const hit = this.entries.get(key);
    if (hit) return hit;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    const value = compute();
    this.entries.set(key, value);
    // Failures (Neo4j away) are not remembered.
    value.catch(() => {
      if (this.entries.get(key) === value) this.entries.delete(key);
    });
    return value;
  }
}
