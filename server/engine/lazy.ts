/**
 * Heavy dependencies loaded when first needed rather than when a bundle starts: each format's parser (HTML and
 * XML, Markdown, YAML, PHP, Handlebars) and the config schema validator. A bundle runs every module's top-level code
 * as it loads, and these libraries build tables and classes there, so a cold start that lints a plain-text file
 * paid for all of them. esbuild still bundles each `require` (a CommonJS library becomes a function it calls on
 * first use; an ES module, an init function), so nothing is fetched from disk later.
 */
const loaded = new Set<string>();

/** The names of the dependencies loaded so far (for tests: which parsers a lint needed). */
export function loadedDependencies(): string[] {
  return [...loaded].sort();
}

/** A getter that loads a dependency on its first call and returns the same module after. */
export function onFirstUse<T>(name: string, load: () => T): () => T {
  let module: { value: T } | undefined;
  return () => {
    if (!module) {
      module = { value: load() };
      loaded.add(name);
    }
    return module.value;
  };
}
