import { oneOf, type PhraseEntry } from '../../server/engine/kit';

/** What the customer ordered, paid or asked for: the thing a failure happened to. */
export const THING = oneOf(
  'order', 'orders', 'package', 'parcel', 'shipment', 'delivery', 'item', 'items', 'product', 'products', 'purchase',
  'booking', 'reservation', 'appointment', 'payment', 'invoice', 'bill', 'statement', 'card', 'account', 'refund',
  'subscription', 'request', 'ticket', 'claim', 'application', 'email', 'message', 'letter', 'documents', 'paperwork',
  'replacement', 'exchange', 'return', 'gift', 'box', 'tickets', 'voucher', 'coupon', 'discount', 'plan', 'data',
  'details', 'address', 'name', 'charge', 'transfer', 'deposit', 'prescription', 'meal', 'room', 'seat', 'flight',
  'visit', 'call', 'callback', 'installation', 'repair', 'export', 'download', 'upgrade', 'credit', 'points', 'bills', 'payments',
  'invoices', 'charges', 'appointments', 'bookings', 'requests', 'tickets', 'messages', 'emails', 'deliveries', 'parcels', 'packages',
);
/** Passive auxiliaries: was sent, were shipped, has been charged, got lost. */
const BE = oneOf('was', 'were', 'has been', 'have been', 'had been', 'got', 'is', 'are');
/** Deeds a sender does to an order: send, ship, charge, cancel, pack, label. */
const DONE = oneOf(
  'sent', 'shipped', 'delivered', 'dispatched', 'mailed', 'posted', 'routed', 'addressed', 'packed', 'labelled',
  'labeled', 'charged', 'billed', 'debited', 'invoiced', 'cancelled', 'canceled', 'processed', 'entered', 'applied',
  'booked', 'assigned', 'deleted', 'closed', 'refunded', 'issued', 'printed', 'filled', 'prepared', 'packaged',
  'scheduled', 'recorded', 'registered', 'handled', 'credited', 'delivered', 'forwarded', 'allocated', 'given', 'served',
  'emailed', 'e-mailed', 'texted', 'renewed', 'suspended', 'deactivated', 'uploaded', 'reset', 'double-booked', 'overbooked',
  'answered', 'returned', 'acknowledged', 'actioned', 'fulfilled', 'followed up',
);
/** How it went wrong, said of the deed: in error, by mistake, twice, to the wrong address. */
const WRONGLY = oneOf(
  'in error', 'by mistake', 'by accident', 'accidentally', 'mistakenly', 'erroneously', 'incorrectly', 'wrongly',
  'twice', 'two times', 'double', 'to the wrong (address|person|customer|location|branch|store|account)',
  'to an (old|incorrect|outdated) address', 'to (the|an) incorrect (address|person|account)', 'without your (approval|consent|request)',
  'the wrong (amount|price|size|item|product|colour|color|model|address)', 'at the wrong (price|rate|address)',
  'with the wrong (size|item|product|colour|color|address|label|amount|name|date|part|parts)', 'for the wrong (amount|date|item|size)',
  'in the wrong (size|colour|color|model|version|quantity)', 'more than once', 'before (it|your order) (was|had been) (paid|ready|complete)',
);
/** The wrong thing itself: the wrong item, an incorrect size, a damaged box. */
const WRONG_THING = `(the|a|an)? ${oneOf('wrong', 'incorrect', 'faulty', 'damaged', 'defective', 'broken', 'duplicate', 'mismatched')} ${oneOf('item', 'items', 'size', 'product', 'products', 'colour', 'color', 'model', 'order', 'parcel', 'package', 'address', 'amount', 'charge', 'invoice', 'bill', 'part', 'parts', 'book', 'version', 'dates', 'date', 'room', 'price', 'label', 'shipment', 'tickets', 'ticket', 'unit')}`;
/** Fault nouns that "occurred" by themselves. */
const FAULT = oneOf('an error', 'a mistake', 'a mix-up', 'a mixup', 'an oversight', 'a glitch', 'a problem', 'an issue', 'a technical (error|issue|problem|glitch)', 'a system (error|issue)', 'an administrative error', 'a clerical error', 'a processing error', 'a billing error', 'a shipping error', 'a packing error', 'an unexpected (error|issue|problem)', 'some (errors|mistakes|confusion)', 'errors', 'a delay');
const HAPPENED = oneOf('occurred', 'occured', 'happened', 'arose', 'crept in', 'was made', 'has been made', 'had been made', 'has occurred', 'has happened', 'took place', 'was introduced');
/** A failure said as something the customer's thing underwent: it got lost, went missing, fell through. */
const LOST = oneOf('lost', 'misplaced', 'mislaid', 'overlooked', 'missed', 'forgotten', 'mixed up', 'mishandled', 'misrouted', 'mislabelled', 'mislabeled', 'misdirected', 'misfiled', 'left out', 'omitted', 'dropped', 'skipped');
const POSSESSIVE = oneOf('your', 'the', 'this', 'that', 'our', 'one of your', 'part of your', 'some of your', 'some', 'a few', 'several', 'two', 'three', 'both', 'all', 'one of the', 'some of the');

/** A question, a condition or a hypothetical is not a report of what happened. */
const NOT_A_REPORT = ['^ (if|what if|in case|should|whether|when|how|why|can|could|what happens)', '(if|in case|should|whether|unless) (your|the|a|an|any|you|we|something|anything|there)', 'try again', 'please (retry|refresh|reload)'];
/** Someone named did it: the bank, the courier, or the reader ("the address you entered"). */
const AGENT_NAMED = [
  'by (your|the|a|an) (bank|card issuer|issuer|carrier|courier|post office|postal service|payment provider|provider|airline|supplier|manufacturer|driver|delivery partner|customs)',
  '(you|you have|you had|you\'ve) (entered|provided|gave|given|typed|selected|chose|chosen|supplied|used|requested|asked for|ordered|submitted)',
  'due to (an|the) (incorrect|wrong|invalid|incomplete) (address|details|information|card|number) (you|provided|given|entered|on your)',
  '(we|i|our (team|warehouse|staff|store|system|courier|agent)) (sent|shipped|made|charged|billed|packed|lost|mixed|processed|entered|cancelled|canceled|forgot|missed|overlooked|messed|got)',
];

/**
 * Agentless accounts of a failure: "your package was sent to the wrong address", "the wrong item was shipped",
 * "a mistake was made with your order", "an error occurred with your booking", "your email got lost".
 * The bare generic "mistakes/errors were made" (and its hedged "may have been made") is non-apology's finding.
 */
export const en: PhraseEntry[] = [
  // The deed done wrongly, with no one doing it: "your order was shipped to the wrong address", "you were charged twice".
  { match: `${POSSESSIVE} ... ${THING} ... ${BE} (then|also|unfortunately|sadly|somehow)? ${DONE} ... ${WRONGLY}`, except: [...NOT_A_REPORT, ...AGENT_NAMED] },
  { match: `(your|the) {tag} ${BE} (then|also|unfortunately|sadly|somehow)? ${DONE} ... ${WRONGLY}`, except: [...NOT_A_REPORT, ...AGENT_NAMED] },
  { match: `(you|your card|your account) ${BE} (then|also|unfortunately|sadly|somehow)? (charged|billed|debited|overcharged|double-charged|invoiced|sent) ${WRONGLY}`, except: [...NOT_A_REPORT, ...AGENT_NAMED] },
  { match: `(you|your card|your account) ${BE} (unfortunately|sadly|somehow)? (overcharged|double-charged|double charged|charged twice|billed twice|undercharged)`, except: [...NOT_A_REPORT, ...AGENT_NAMED] },
  // The wrong thing, sent by no one: "the wrong item was shipped", "an incorrect size was sent to you".
  { match: `${WRONG_THING} ${BE} (then|also|unfortunately|sadly|somehow)? ${DONE}`, except: [...NOT_A_REPORT, ...AGENT_NAMED] },
  { match: `(you|your order) (received|got|were sent|was sent|were given|was given) ${WRONG_THING}`, except: [...NOT_A_REPORT, ...AGENT_NAMED, '(you|you have|you\'ve) (received|got) (the|a|an) (wrong|incorrect) (item|size|product) (by mistake|in error)? (please|simply|just)?'] },
  // The thing that got lost or overlooked: "your email got lost in our system", "your refund was overlooked".
  { match: `${POSSESSIVE} ... ${THING} ${BE} (then|also|unfortunately|sadly|somehow|simply)? ${LOST}`, except: [...NOT_A_REPORT, ...AGENT_NAMED, '(lost|missed) (in transit|by the (courier|carrier|post))'] },
  { match: `${POSSESSIVE} ${THING} (fell|slipped) through the cracks`, except: [...NOT_A_REPORT, ...AGENT_NAMED] },
];

/**
 * Faults that happened by themselves, about the customer's thing: "an error occurred with your order", "a mistake
 * was made on your invoice", "something went wrong with your booking". A status line says the same words, so these
 * count only in a message that apologizes or gives bad news, and never beside "try again".
 */
export const enFaults: PhraseEntry[] = [
  // A deed done because of a fault (the English of «… به علت یک اشکال سیستمی لغو شد»): "your booking was cancelled due to a system error".
  { match: `${POSSESSIVE} ... ${THING} ... ${BE} ... (due to|because of|owing to|as a result of|following|after) (a|an|some|the) ... (error|errors|mistake|mix-up|mixup|oversight|glitch|fault|bug|technical problem|technical issue|system problem|system issue)`, except: [...NOT_A_REPORT, ...AGENT_NAMED, '(your|the customer|customer) (error|mistake|bank|card)', 'on (your|the customer\'s) (side|end|part)'] },
  // A fault that caused the failure: "a technical error has resulted in your booking being lost".
  { match: `${FAULT} (has|had|have)? (resulted in|caused|led to|meant that|means that) ...`, except: [...NOT_A_REPORT, ...AGENT_NAMED] },
  // The deed left undone, by no one: "the discount wasn't applied to your bills", "your export was not completed due to an issue".
  { match: `${POSSESSIVE} ... ${THING} (was not|wasn't|were not|weren't|has not been|hasn't been|have not been|haven't been|had not been|did not get|didn't get|never got|was never|were never) (${DONE}|completed|finished|sent out|applied|saved|renewed|updated|received|recorded|passed on)`, except: [...NOT_A_REPORT, ...AGENT_NAMED, '(yet|so far|until|once|when|as soon as)'] },
  { match: `${FAULT} ${HAPPENED} (with|in|on|during|while|when|for|regarding|concerning|affecting|processing|handling|shipping|billing|updating|sending|preparing) ...`, except: [...NOT_A_REPORT, ...AGENT_NAMED] },
  { match: `(there|there's|there has) (was|were|has been|have been|been|is) ${FAULT} (with|in|on|during|while|when|regarding|affecting|processing|handling|shipping|billing|updating|sending|preparing) ...`, except: [...NOT_A_REPORT, ...AGENT_NAMED] },
  { match: `something (went|has gone|had gone|seems to have gone) wrong (with|in|on|during|while|when) ...`, except: [...NOT_A_REPORT, ...AGENT_NAMED] },
];

/** A sentence that owns the failure: "we sent…", "I made…", "that was our mistake". */
export const owning: PhraseEntry[] = [
  { match: "(we|i|we've|i've|we'd|i'd) (have|had)? (accidentally|mistakenly|wrongly|incorrectly|clearly|simply|really|completely)? (sent|shipped|made|charged|billed|packed|lost|mixed|processed|entered|cancelled|canceled|forgot|missed|overlooked|messed|got|mislabel*|misread|misplaced|dropped|put|typed|picked|double-charged|overcharged|let|delivered|dispatched|posted|addressed|applied|deleted|closed)" },
  { match: "(our|my) (own)? (mistake|error|fault|bad|oversight|mix-up|mixup|slip|blunder|doing)" },
  { match: "(we|i|we're|i'm) (are|am)? (fully|entirely|completely)? (at fault|to blame|responsible)" },
  { match: '(we|i) (take|accept) (full|complete)? (responsibility|the blame)' },
  { match: 'on our (end|side|part)' },
  { match: "(that's|that is|this is|it's|it is|it was|that was|this was) (entirely|completely|totally|all)? (on us|on me|our fault|my fault)" },
];

/**
 * The message apologizes or delivers bad news, in either language: sorry, apologize, unfortunately, «متأسف»،
 * «عذرخواهی»، «پوزش»، «متأسفانه». One word class over normalized text (Persian folded: أ → ا), tested once per message.
 */
export const BAD_NEWS = /sorry|apologi[sz]e|apolog(y|ies)|regret|unfortunately|sadly|afraid|my bad|forgive|متاسف|عذرخواه|عذر میخواه|پوزش|شرمنده|ببخش|معذرت|بدبختانه/;
