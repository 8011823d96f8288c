/**
 * What an email address says about who reads it. Shared by the rules that look for a way to reach a person
 * (no-reply reports these addresses, missing-contact does not count them as contact).
 */

/** A sender address that says nobody reads replies: noreply@, no-reply@, donotreply@, do_not_reply@ … */
export const NO_REPLY_ADDRESS = /(?<![\w.+-])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|no[-_.]?response|noresponse|unmonitored|unattended|bounce[sd]?|mailer[-_.]?daemon)[\w.+-]*@[\w-]+(?:\.[\w-]+)+/iu;

const NONE: RegExpExecArray[] = [];

/** Every no-reply address in `text`, in order (a fresh global copy each call: no shared `lastIndex`). */
export function noReplyAddresses(text: string): IterableIterator<RegExpExecArray> {
  // Every address has an "@": most paragraphs have none, and a native search for it is far cheaper than the
  // expression's lookbehind tried at every offset (no-reply scans each paragraph's source on every lint).
  if (!text.includes('@')) return NONE[Symbol.iterator]();
  return text.matchAll(new RegExp(NO_REPLY_ADDRESS.source, 'giu'));
}

/**
 * A list robot's command address: Mailman's `list-leave@` / `list-request@` / `list-confirm+token@`, ezmlm's
 * `list-unsubscribe@`, Sympa's `sympa@`, LISTSERV's and Majordomo's. Mail to it runs a command; nobody reads it. (A
 * list's `-owner@` address reaches its owners and is not one of these.)
 */
// `join@` or `request@` alone may be a desk people read; after a list's name (`announce-join@`, or `-join@` where a
// placeholder held the name) it is the robot.
const LIST_COMMAND_LOCAL = /^(?:[\w.+]*[-_.])?(?:unsubscribe|subscribe|unsub|signoff|optout|opt-out)(?:\+[\w.=-]*)?$|^[\w.+-]*[-_.](?:leave|join|request|confirm|remove)(?:\+[\w.=-]*)?$|^(?:sympa|listserv|majordomo|mailman|ezmlm|lyris)$/i;

/** Whether an address (or its local part, `announce-leave`) runs a list command rather than reaching a person. */
export function isListCommandAddress(address: string): boolean {
  const local = address.replace(/^mailto:/i, '').split('@')[0] ?? '';
  return LIST_COMMAND_LOCAL.test(local);
}
