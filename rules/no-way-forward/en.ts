import { oneOf, type PhraseEntry } from '../../server/engine/kit';

/** "We cannot", "we are unable to", "we won't be able to": the sender saying no. */
const CANNOT = oneOf(
  "(we|i) (cannot|can't|can not|could not|couldn't)",
  "(we|i) (will not|won't) be able to",
  "(we|i|we're|i'm) (are|am)? (currently|therefore|sadly|unfortunately)? (unable|not able|not in a position) to",
  '(we|i) (were|was) (unable|not able) to',
  "(we|i) (are|am) not (allowed|permitted|authorized|authorised) to",
);
/** What the customer asked for: the money back, the change, the help. */
const GIVE = oneOf(
  'refund*', 'return*', 'exchange*', 'cancel*', 'accept*', 'process*', 'offer*', 'provide*', 'help*', 'assist*',
  'replace*', 'reimburse*', 'honor*', 'honour*', 'extend*', 'issue*', 'approve*', 'grant*', 'reverse*', 'waive*', 'reinstate*',
  'restore*', 'make an exception', 'make any exceptions', 'do anything', 'give*', 'allow*', 'fulfil*', 'reopen*',
  'deliver*', 'ship*', 'change*', 'modify*', 'recover*', 'unlock*', 'transfer*', 'credit*', 'compensate*', 'support*',
);
/** What was asked for, as the subject of a "no". */
const ASKED = oneOf('order', 'item', 'items', 'product', 'purchase', 'request', 'claim', 'application', 'booking', 'ticket', 'subscription', 'refund', 'return', 'case', 'complaint', 'appeal');

/** Refusals and dead ends: "we cannot refund this order", "there is nothing we can do", "your claim was denied". */
export const en: PhraseEntry[] = [
  { match: `${CANNOT} ${GIVE}`, except: ["(can't|cannot|couldn't|could not) (wait|thank|help but)", '(if|unless|whether) (we|i)'] },
  { match: "(there is|there's|there was) (really)? nothing (more|else|further)? (that)? (we|i) (can|could) do", except: ['(if|unless) there'] },
  { match: "nothing (more|else|further) (that)? (we|i) (can|could) do" },
  { match: '(this|it) is (out of|beyond) our (hands|control)' },
  { match: `(your|this|the) (refund|return|exchange|cancellation|warranty|change)? ${ASKED} (is|are|was|were) (not|no longer) (eligible|covered|refundable|returnable|possible)` },
  { match: `(your|this|the) (refund|return|exchange|cancellation|warranty|change)? ${ASKED} (has been|have been|was|were|is|are) (declined|denied|rejected|refused|not approved)` },
  { match: '(we|i) (must|have to|had to) (decline|deny|reject|refuse)' },
  { match: '(refunds|returns|exchanges|cancellations|changes) (are|is) not (possible|available|accepted|permitted|allowed|offered)' },
];
