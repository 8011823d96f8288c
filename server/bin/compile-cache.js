'use strict';
/**
 * Loads a bundle (server/dist/*.js) with V8's code cache, so a second start skips parsing and compiling ~3 MB of
 * JavaScript, including the functions the first lint compiled lazily. Node 20 has no module.enableCompileCache,
 * so this does what the v8-compile-cache package does, for one file: compile the bundle through vm.Script with
 * the cached data of an earlier run, and after this run is warm write the data V8 produced.
 *
 * The cache only ever saves time; it is never needed for correctness:
 * - Keyed by the bundle's length and CRC-32 (as Node's own compile cache keys its entries), the Node version and
 *   architecture and the V8 flags set before compiling: a rebuilt bundle or another Node never reads another's
 *   data (V8 would reject most anyway: it checks the source's length and the flags). CRC-32, not SHA-256: hashing
 *   the 3 MB bundle and the payload with SHA-256, and loading node:crypto for it, was ~20 ms of every start.
 * - Written atomically (a temporary file renamed into place), so a reader never sees half a file; each file
 *   carries the length and CRC-32 of its payload, checked before V8 sees it (V8 release builds check only a header).
 * - Anything wrong (no home directory, a read-only or foreign directory, a corrupt or rejected file, a full disk)
 *   means loading without it, as a plain require would.
 * Where: $WARMLY_COMPILE_CACHE if set ("off" turns the cache off), else the user's cache directory
 * ($XDG_CACHE_HOME or ~/.cache, ~/Library/Caches, %LOCALAPPDATA%) under warmly/compile-cache.
 */
const fs = require('fs');
const Module = require('module');
const os = require('os');
const path = require('path');
const v8 = require('v8');
const vm = require('vm');
const { crc32 } = require('zlib');
const { isAscii } = require('buffer');

const MAGIC = Buffer.from('warmly-v8-code-cache 2\n');
/** The payload's length and CRC-32, each a 32-bit unsigned integer (little-endian). */
const DIGEST_BYTES = 8;
/**
 * After the bundle is warm: on the main thread, long enough for its first results to go out before the write
 * takes the thread; a worker thread has posted its result already, and may be stopped any time after.
 */
const SAVE_DELAY_MS = require('worker_threads').isMainThread ? 300 : 0;
/**
 * V8 flags the engine sets (server/regexp-tuning.ts). V8 keys its code cache by its flags, so they are set before
 * the bundle is compiled: set later, they would make every cache written after them fail to match the next start.
 */
const ENGINE_V8_FLAGS = ['--no-regexp-tier-up'];
/**
 * V8 flags of the language server's bundles alone (its main thread and its lint thread; the CLI keeps V8's
 * defaults), set and keyed like ENGINE_V8_FLAGS.
 * --no-turbo-inlining: a keystroke's lint runs a lot of code a few times, and in an editor session's first few
 * hundred keystrokes optimizing it was the larger cost: big functions (the parse reuse, the rules' checks) compiled
 * with their callees inlined, and compiled again after each deoptimization. Without inlining those compiles are
 * cheaper and the optimized code was no slower on the server's workload. Measured with callgrind (one thread, so
 * the compiler's work is counted) on the bench's 5 KB edit loop: edits 21-220 13.46 M instructions each, 10.50 M
 * without inlining; edits after 900, 3.09 M and 2.94 M. The server's CPU per 5 KB edit in `npm run bench:server`:
 * 5.5-6.1 ms, 4.0-4.8 ms without (load 8-9).
 */
const SERVER_V8_FLAGS = ['--no-turbo-inlining'];
const SERVER_BUNDLES = new Set(['server.js', 'lint-worker.js']);

/**
 * The first and last lines the build puts around each server bundle (esbuild.mjs): the bundle is then a CommonJS
 * module's wrapper function already, and is compiled as it is. Wrapped here instead (Module.wrap), the 3-4 MB text
 * became a concatenation that V8 copies into one string before compiling: ~10-15 ms of every start on this
 * machine, most of it the kernel handing out the fresh pages. At a script's top level `this` is the global object,
 * and the completion value is the function, which loadBundle calls; required as a module (a bundle run without
 * this loader), `this` is module.exports and the function runs at once, as any module would.
 */
const BUNDLE_PROLOGUE = '(function (main) { return this === globalThis ? main : main.call(this, exports, require, module, __filename, __dirname); }).call(this, function (exports, require, module, __filename, __dirname) {';
const BUNDLE_EPILOGUE = '});';
const PROLOGUE_BYTES = Buffer.from(`${BUNDLE_PROLOGUE}\n`, 'latin1');

/** The V8 flags a bundle runs with: the engine's, and the server's for the server's bundles. */
function v8FlagsFor(bundleFile) {
  return SERVER_BUNDLES.has(path.basename(bundleFile)) ? [...ENGINE_V8_FLAGS, ...SERVER_V8_FLAGS] : ENGINE_V8_FLAGS;
}

/**
 * The V8 flags this thread's bundles have set so far, in order. A chunk (see loadChunk) is compiled under whichever
 * bundle loaded it, the CLI's or the server's, so its cache is keyed by these: keyed by its own name it would be one
 * file that the CLI and the server each found written under the other's flags, and V8 rejected.
 */
const flagsSet = [];

/** The cache directory, or undefined when the cache is off or there is no place for it. */
function cacheDirectory(env = process.env) {
  const configured = env.WARMLY_COMPILE_CACHE;
  if (configured !== undefined && /^(|0|off|false|no)$/i.test(configured.trim())) return undefined;
  if (configured) return path.resolve(configured);
  let base;
  try {
    if (process.platform === 'win32') base = env.LOCALAPPDATA;
    else if (process.platform === 'darwin') base = path.join(os.homedir(), 'Library', 'Caches');
    else base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  } catch {
    return undefined; // no home directory
  }
  return base ? path.join(base, 'warmly', 'compile-cache') : undefined;
}

/** Length and CRC-32 of the parts together, as 16 hex digits. */
function checksum(...parts) {
  let crc = 0;
  let length = 0;
  for (const part of parts) {
    crc = crc32(part, crc);
    length += typeof part === 'string' ? Buffer.byteLength(part) : part.length;
  }
  return (length >>> 0).toString(16).padStart(8, '0') + crc.toString(16).padStart(8, '0');
}

/** The digest a cache file carries for its payload: its length and CRC-32. */
function digestOf(payload) {
  const digest = Buffer.alloc(DIGEST_BYTES);
  digest.writeUInt32LE(payload.length >>> 0, 0);
  digest.writeUInt32LE(crc32(payload), 4);
  return digest;
}

/**
 * The cache file for this bundle's content in this runtime: `<bundle>-<where>-<key>.v8cache`. `<where>` hashes the
 * bundle's path and V8 flags, so two checkouts or installs sharing the cache directory, or the CLI and the server
 * sharing a chunk, never delete each other's files.
 */
function cacheFileFor(dir, bundleFile, source, flags = v8FlagsFor(bundleFile)) {
  // Node's own flags can be V8 flags too (--max-old-space-size, --nolazy): a run with others writes its own file.
  const runtime = [process.version, process.arch, process.versions.v8, ...flags, ...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  const key = `${checksum(source)}${checksum(runtime)}`;
  // The flags too: a chunk is compiled under the CLI's or the server's (see loadChunk), and each keeps its entry.
  const where = checksum(path.resolve(bundleFile), ...flags).slice(8);
  return path.join(dir, `${path.basename(bundleFile, '.js')}-${where}-${key}.v8cache`);
}

/** The cached data in `file` if it is whole and its checksum holds; undefined otherwise. */
function readCache(file) {
  let data;
  try {
    data = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const head = MAGIC.length + DIGEST_BYTES;
  if (data.length <= head || !data.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const payload = data.subarray(head);
  return digestOf(payload).equals(data.subarray(MAGIC.length, head)) ? payload : undefined;
}

/** Writes `payload` to `file` atomically; false (and nothing left behind) on any failure. */
function writeCache(file, payload) {
  const dir = path.dirname(file);
  // Unique enough: `wx` (O_EXCL) refuses an existing name, symlinks included, so a clash writes nothing. Not crypto:
  // loading node:crypto for this cost ~36 ms of the main thread on the first start after a build (issue #18).
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(temp, Buffer.concat([MAGIC, digestOf(payload), payload]), { mode: 0o600, flag: 'wx' });
    fs.renameSync(temp, file);
  } catch {
    try { fs.unlinkSync(temp); } catch { /* never written */ }
    return false;
  }
  // Data for older builds of the same bundle in the same place is dead weight now.
  const stem = `${path.basename(file).replace(/-[0-9a-f]+\.v8cache$/, '')}-`;
  try {
    for (const name of fs.readdirSync(dir)) {
      if (name.startsWith(stem) && name.endsWith('.v8cache') && name !== path.basename(file)) fs.unlinkSync(path.join(dir, name));
    }
  } catch { /* someone else's clean-up, or none possible */ }
  pruneCache(dir, path.basename(file));
  return true;
}

/** Entries kept in the cache directory: a few builds of each bundle, for a few checkouts or installs. */
const MAX_ENTRIES = 24;
/** A temporary file this old was left by a process that died while writing. */
const STALE_TEMP_MS = 10 * 60 * 1000;

/**
 * Keeps the directory bounded: data of checkouts and installs that are gone (a CI clone, a deleted worktree) would
 * otherwise stay forever, and a process killed while writing leaves its temporary file. The least recently written
 * entries beyond MAX_ENTRIES go, never `keep` (this run's); any failure leaves the directory as it is.
 */
function pruneCache(dir, keep) {
  try {
    const now = Date.now();
    const entries = [];
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name.endsWith('.tmp')) {
        try { if (now - fs.statSync(full).mtimeMs > STALE_TEMP_MS) fs.unlinkSync(full); } catch { /* gone already */ }
      } else if (name.endsWith('.v8cache') && name !== keep) {
        try { entries.push({ full, at: fs.statSync(full).mtimeMs }); } catch { /* gone already */ }
      }
    }
    if (entries.length < MAX_ENTRIES) return;
    entries.sort((a, b) => a.at - b.at);
    for (const e of entries.slice(0, entries.length - (MAX_ENTRIES - 1))) {
      try { fs.unlinkSync(e.full); } catch { /* gone already */ }
    }
  } catch { /* unreadable: nothing to prune */ }
}

/**
 * The bundle's text. The build makes the bundles pure ASCII (esbuild.mjs), and ASCII read as Latin-1 is the same
 * text copied byte for byte, without UTF-8's decoding: ~5-10 ms less of every start for 3-4 MB. Anything else (a
 * watch-mode bundle, which keeps its UTF-8) is decoded as UTF-8, as require would.
 */
function sourceText(source) {
  return isAscii?.(source) ? source.toString('latin1') : source.toString('utf8');
}

/**
 * Requires `bundleFile` through the code cache. Returns its exports, what became of the cache ('used', 'missing',
 * 'rejected' by V8, 'off') and `save`, which writes the cache if this run had none that V8 accepted. `save` runs
 * by itself shortly after the bundle says it is warm (the process event 'warmly:warm', after its first lint), or
 * at exit, whichever comes first.
 */
function loadBundle(bundleFile, options = {}) {
  const dir = 'cacheDir' in options ? options.cacheDir : cacheDirectory();
  const flags = options.flags ?? v8FlagsFor(bundleFile);
  for (const flag of flags) {
    v8.setFlagsFromString(flag);
    if (!flagsSet.includes(flag)) flagsSet.push(flag);
  }
  if (!dir) return { exports: require(bundleFile), cache: 'off', save: () => false };
  const filename = path.resolve(bundleFile);
  const source = fs.readFileSync(filename);
  const cacheFile = cacheFileFor(dir, filename, source, flags);
  const cachedData = readCache(cacheFile);
  const wrapped = source.length > PROLOGUE_BYTES.length && source.subarray(0, PROLOGUE_BYTES.length).equals(PROLOGUE_BYTES);
  const script = new vm.Script(wrapped ? sourceText(source) : Module.wrap(sourceText(source)), {
    filename,
    cachedData,
    // import() inside the bundle resolves as it would under require (Node 20.19 and later).
    ...(vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER ? { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER } : {}),
  });
  const accepted = cachedData !== undefined && !script.cachedDataRejected;

  const mod = new Module(filename, module);
  mod.filename = filename;
  mod.paths = Module._nodeModulePaths(path.dirname(filename));
  Module._cache[filename] = mod;
  const compiled = script.runInThisContext({ displayErrors: true });
  let saved = accepted;
  const save = () => {
    if (saved) return false;
    saved = true;
    try {
      return writeCache(cacheFile, script.createCachedData());
    } catch {
      return false;
    }
  };
  if (!accepted) {
    // Written when the bundle is warm (its first lint compiled the functions a lint needs), else at exit. A chunk
    // is loaded by its first use, which runs as soon as it is loaded: it is warm by the next turn of the event loop.
    if (options.warmAfterLoad) setTimeout(save, SAVE_DELAY_MS).unref();
    else process.once('warmly:warm', () => setTimeout(save, SAVE_DELAY_MS).unref());
    process.once('exit', save);
  }
  try {
    compiled.call(mod.exports, mod.exports, Module.createRequire(filename), mod, filename, path.dirname(filename));
  } catch (error) {
    delete Module._cache[filename];
    throw error;
  }
  mod.loaded = true;
  return { exports: mod.exports, cache: accepted ? 'used' : cachedData ? 'rejected' : 'missing', cacheFile, save };
}

/** The file of a chunk, beside the bundle that needs it (see CHUNKS in esbuild.mjs). */
function chunkFile(distDir, name) {
  return path.join(distDir, `chunk-${name}.js`);
}

/**
 * Loads a chunk: a parser only some formats need, bundled apart from the main bundles (server/dist/chunk-<name>.js,
 * see CHUNKS in esbuild.mjs), so that a start reads, checks and deserializes only what every lint needs. A chunk
 * is loaded through the code cache as the bundles are, under the V8 flags the bundle that asks for it has set.
 * A missing or broken chunk is an incomplete installation: the error says which file, and what to do.
 */
function loadChunk(distDir, name, options = {}) {
  const file = chunkFile(distDir, name);
  try {
    if (!fs.existsSync(file)) throw new Error('the file is missing');
    return loadBundle(file, { ...options, flags: [...flagsSet], warmAfterLoad: true }).exports;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Warmly could not load its ${name} parser, ${file}: ${reason}. The installation is incomplete: install Warmly again, or run "npm run build" in its repository.`, { cause: error });
  }
}

module.exports = { loadBundle, loadChunk, chunkFile, BUNDLE_PROLOGUE, BUNDLE_EPILOGUE, cacheDirectory, cacheFileFor, readCache, writeCache, pruneCache, MAX_ENTRIES, sourceText, ENGINE_V8_FLAGS, SERVER_V8_FLAGS, v8FlagsFor };
