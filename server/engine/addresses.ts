/**
 * What an email address says about who reads it. Shared by the rules that look for a way to reach a person
 * (no-reply reports these addresses, missing-contact does not count them as contact).
 */

/** A sender address that says nobody reads replies: noreply@, no-reply@, donotreply@, do_not_reply@ … */
export const NO_REPLY_ADDRESS = /(?<![\w.+-])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|no[-_.]?response|noresponse|unmonitored|unattended|bounce[sd]?|mailer[-_.]?daemon)[\w.+-]*@[\w-]+(?:\.[\w-]+)+/iu;

/** Every no-reply address in `text`, in order (a fresh global copy each call: no shared `lastIndex`). */
export function noReplyAddresses(text: string): IterableIterator<RegExpExecArray> {
  return text.matchAll(new RegExp(NO_REPLY_ADDRESS.source, 'giu'));
}
