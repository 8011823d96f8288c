/**
 * Whether a file a walk meets is a message catalog (config/locales/en.yml, locales/fa/common.json, django.po,
 * messages_fa.properties): the path says it may be, and its first few kilobytes look like one. A package.json,
 * tsconfig.json or CI workflow is never picked up by a walk.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { catalogKindFor, catalogKindOf } from '../engine';

export function isCatalogOnDisk(file: string): boolean {
  if (!catalogKindFor(file)) return false;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    // Enough to reach an Odoo mail.template record past a file's first records.
    const head = Buffer.alloc(65536);
    const n = readSync(fd, head, 0, head.length, 0);
    return catalogKindOf(file, head.subarray(0, n).toString('utf8')) !== undefined;
  } catch {
    // Unreadable: the walk leaves it (a template walk does not report non-templates it cannot read either).
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
