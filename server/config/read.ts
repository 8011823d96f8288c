/**
 * Reads a config file only after checking what it is: a regular file, with an extension Warmly reads, no
 * bigger than MAX_CONFIG_BYTES. A config may name any path in `extends` ("/dev/zero", a FIFO, a 5 GB log), so
 * the checks come before the first byte is read, and the read itself stops at the cap in case the file grows.
 */
import { closeSync, fstatSync, openSync, readSync, statSync, constants } from 'node:fs';
import { extname } from 'node:path';
import { ConfigError } from './errors';
import { DATA_EXTENSIONS } from './parse';

/** A config file is a few kilobytes; 1 MiB is far beyond any real one and cheap to parse. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export const NOT_DATA = 'is not a data file Warmly reads';
const EXPECTED = 'a readable .warmlyrc.json, .warmlyrc.yaml or warmly.config.json file';

/** What a path is, when it is not a readable config file: `undefined` when it exists and may be read. */
export function configFileProblem(filePath: string): string | undefined {
  const ext = extname(filePath).toLowerCase();
  if (!(DATA_EXTENSIONS as readonly string[]).includes(ext)) return NOT_DATA;
  let st;
  try {
    st = statSync(filePath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'was not found' : `could not be read (${code ?? String(err)})`;
  }
  if (st.isDirectory()) return 'is a directory';
  if (!st.isFile()) return 'is not a regular file (a device, pipe or socket)';
  if (st.size > MAX_CONFIG_BYTES) return `is ${st.size} bytes, more than the ${MAX_CONFIG_BYTES}-byte limit for config files`;
  return undefined;
}

/** The text of a config file, or a ConfigError naming the file and what is wrong with it. */
export function readConfigFile(filePath: string): string {
  const problem = configFileProblem(filePath);
  if (problem) {
    const expected = problem === NOT_DATA ? 'a .json, .yaml or .yml file (config files never run code)' : EXPECTED;
    throw new ConfigError({ file: filePath, problem, expected });
  }
  let fd: number;
  try {
    // O_NONBLOCK: if the path was swapped for a FIFO since the check, opening it does not hang.
    fd = openSync(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new ConfigError({ file: filePath, problem: `could not be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`, expected: EXPECTED });
  }
  try {
    if (!fstatSync(fd).isFile()) throw new ConfigError({ file: filePath, problem: 'is not a regular file (a device, pipe or socket)', expected: EXPECTED });
    // Read one byte past the cap: a file that grew after the check is refused rather than read whole.
    const buf = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_CONFIG_BYTES) {
        throw new ConfigError({ file: filePath, problem: `is more than the ${MAX_CONFIG_BYTES}-byte limit for config files`, expected: EXPECTED });
      }
    }
    return buf.toString('utf8', 0, length);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError({ file: filePath, problem: `could not be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`, expected: EXPECTED });
  } finally {
    closeSync(fd);
  }
}

