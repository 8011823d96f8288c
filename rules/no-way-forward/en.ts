import { oneOf, type PhraseEntry } from '../../server/engine/kit';

/** "We cannot", "we are unable to", "we won't be able to": the sender saying no. */
const CANNOT = oneOf(
  "(we|i) (cannot|can't|can not|could not|couldn't)",
  "(we|i) (will not|won't) be able to",
  "(we|i|we're|i'm) (are|am)? (currently|therefore|sadly|unfortunately)? (unable|not able|not in a position) to",
  '(we|i) (were|was) (unable|not able) to',
  "(we|i) (are|am) not (allowed|permitted|authorized|authorised) to",
  // "We don't ship to your country", "we no longer offer refunds": a standing no, said of what the reader wants.
  "(we|i) (don't|do not|no longer|currently don't|currently do not) (currently)?",
);
/** What the customer asked for: the money back, the change, the help. */
const GIVE = oneOf(
  'refund*', 'return*', 'exchange*', 'cancel*', 'accept*', 'process*', 'offer*', 'provide*', 'help*', 'assist*',
  'replace*', 'reimburse*', 'honor*', 'honour*', 'extend*', 'issue*', 'approve*', 'grant*', 'reverse*', 'waive*', 'reinstate*',
  'restore*', 'make an exception', 'make any exceptions', 'do anything', 'give*', 'allow*', 'fulfil*', 'reopen*',
  'deliver*', 'ship*', 'change*', 'modify*', 'recover*', 'unlock*', 'transfer*', 'credit*', 'compensate*', 'support*',
  'repair*', 'fix*', 'price-match*', 'price match*', 'match*', 'sell*', 'stock*', 'service*', 'cover*',
  // Doing for the customer what they asked: add it, take it off, book it, hold it, move it, send it again.
  'add*', 'remove*', 'include*', 'allocate*', 'arrange*', 'accommodate*', 'book*', 'reserve*', 'hold*', 'move*', 'switch*',
  'upgrade*', 'downgrade*', 'collect*', 'resend*', 're-send*', 'reissue*', 'reduce*', 'lower*', 'backdate*', 'amend*', 'release*',
  'override*', 'unblock*', 'reactivate*', 'cancel*', 'pay*', 'send*', 'lend*', 'loan*', 'rent*', 'hire*',
);
/**
 * Won't, can no longer, have decided not to: the sender's no, whatever the verb after it. ("We cannot" and "we are
 * unable to" are CANNOT's, with the verbs of giving, so their finding stays on the refusal, not the whole clause.)
 */
const NO_LONGER_OR_WONT = oneOf(
  "(will not|won't) be", "(can|could) no longer", '(have|has|had)? (decided|chosen) not to', '(are|am)? not going to',
  "(can't|cannot|can not) (any longer|anymore)",
);
/** Reassurance and courtesy that share the shape of a "no": "we won't charge you", "we can't wait", "we can't see your password". */
const HARMLESS = [
  "(can't|cannot|couldn't|could not|can not) (wait|thank|help but|stress|imagine|recommend enough|say enough)",
  "(won't|will not) be (charged|charging|billed|billing|sharing|selling|spamming|emailing you again|sending you|contacting you again)",
  '(see|read|access|know|view|store|keep) (your)? (password|card|pin|data|details)',
  '(if|unless|whether|until|in case) (we|i)',
  "(won't|will not) be (long|late|away|available|in the office|out of)",
  // Good news in the same shape: "we have decided not to charge the late fee".
  '(not to|not going to|no longer|won\'t be|will not be) (charge|charging|bill|billing|fine|fining|penalize|penalise|apply|applying|collect|collecting|pursue|increase|increasing|raise|raising)',
];
/** Outcomes that end what the reader wanted. */
const CLOSED = oneOf('declined', 'denied', 'rejected', 'refused', 'suspended', 'terminated', 'disabled', 'blocked', 'revoked', 'closed', 'cancelled', 'canceled', 'voided', 'withdrawn', 'removed', 'deactivated', 'banned', 'locked', 'forfeited');
/** The reader asked for it: a cancellation they asked for is a confirmation, not bad news. */
const OWN_REQUEST = ['(by|from) (your|the) (bank|card issuer|issuer|card provider|issuing bank)', '(ticket|support issue|issue|case|conversation|chat|thread|support request) {tag}? (has been|was|is now) closed', '(as (you )?requested|at your request|per your request|you asked|you requested|successfully|as planned|automatically renew)', '(session|chat|window|tab|survey|poll|form|sale|promotion|offer|registration) (has been|was|is now) (closed|removed)'];
/** The passive of the same: "cannot be reopened", "could not be completed". */
const NOT_BE = "(cannot|can't|can not|could not|couldn't|will not|won't|may not) (be|get)";
const GIVEN = oneOf(
  'restocked', 'reissued', 'resent', 'remade', 'replenished', 'upheld', 'refunded', 'returned', 'exchanged', 'reopened', 'reinstated', 'restored', 'recovered', 'reversed', 'cancelled', 'canceled',
  'added', 'removed', 'included', 'allocated', 'arranged', 'accommodated', 'reserved', 'held', 'collected', 'reduced', 'backdated', 'amended', 'released', 'waived off', 'offered',
  'changed', 'modified', 'extended', 'approved', 'accepted', 'processed', 'completed', 'honored', 'honoured', 'repaired',
  'replaced', 'delivered', 'shipped', 'transferred', 'credited', 'waived', 'granted', 'fulfilled', 'fixed', 'undone',
);
/** What was asked for, as the subject of a "no". */
const ASKED = oneOf('order', 'item', 'items', 'product', 'purchase', 'request', 'claim', 'application', 'booking', 'ticket', 'subscription', 'refund', 'return', 'case', 'complaint', 'appeal');

/** What a reader applies for, in public services as in shops: the subject of a refusal with a long object. */
const ASKED_WIDE = oneOf('application', 'request', 'claim', 'appeal', 'bid', 'permit', 'licence', 'license', 'booking', 'reservation', 'proposal', 'petition', 'nomination', 'transfer', 'order', 'complaint', 'enquiry', 'inquiry');

/** Refusals and dead ends: "we cannot refund this order", "there is nothing we can do", "your claim was denied". */
export const en: PhraseEntry[] = [
  { match: `${CANNOT} ${GIVE}`, except: ["(can't|cannot|couldn't|could not) (wait|thank|help but)", '(if|unless|whether) (we|i)'] },
  { match: "(there is|there's|there was) (really)? nothing (more|else|further)? (that)? (we|i) (can|could) do", except: ['(if|unless) there'] },
  { match: "nothing (more|else|further) (that)? (we|i) (can|could) do" },
  { match: '(this|it) is (out of|beyond) our (hands|control)' },
  { match: `(your|this|the) (refund|return|exchange|cancellation|warranty|change)? ${ASKED} (is|are|was|were) (not|no longer) (eligible|covered|refundable|returnable|possible)` },
  { match: `(your|this|the) (refund|return|exchange|cancellation|warranty|change)? ${ASKED} (has been|have been|was|were|is|are) (declined|denied|rejected|refused|not approved)` },
  { match: '(we|i) (must|have to|had to|have had to|need to|were forced to|are obliged to) (decline|deny|reject|refuse)' },
  { match: '(we|i) (must|have to|had to|have had to|need to|were forced to|are obliged to) turn down (your|this|the|that) (request|application|claim|appeal|booking|order|refund|return|complaint|proposal|offer)' },
  // "Your request to change your plan has been declined": the request named, then refused.
  { match: `(your|this|the) ${ASKED} (to|for) ... (has been|have been|was|were|is|are) (declined|denied|rejected|refused|not approved)` },
  // "This ticket is closed and cannot be reopened", "Your transfer of £250 could not be completed".
  { match: `${NOT_BE} (${GIVEN}|used|combined|made|done|given|paid|booked|moved|rescheduled|redeemed|applied|upgraded|downgraded|renewed|activated|unlocked|verified|released|returned)`, except: ['(if|unless|until|whether|once|after|before) ... (cannot|can\'t|can not|could not|couldn\'t|will not|won\'t|may not)', '(password|link|code|otp|pin|url|token|action|change to your (email|password))', '(undone|reached|replied|responded|answered|guaranteed|held (responsible|liable)|shared|sold|used (for|to))'] },
  // "This item is no longer available": what they ordered is gone.
  { match: `(this|the|your|that) (item|product|size|colour|color|model|service|offer|plan|option|book|ticket|room|flight|date|slot)s? (you ordered|you chose|you wanted)? (is|are|has|have) (now)? (no longer|not|been discontinued|sold out) (available|in stock|offered|supported|sold)?`, except: ['(yet|still|again|temporarily)'] },
  // "Our policy doesn't allow us to price-match".
  { match: "(our|the|company) (policy|policies|rules|terms|guidelines|system) (does not|doesn't|do not|don't|will not|won't) (allow|permit|let) (us|me)" },
  { match: '(refunds|returns|exchanges|cancellations|changes) (are|is) not (possible|available|accepted|permitted|allowed|offered)' },
  // Frames over word classes rather than sentences (#13): a "no" has a few shapes whatever the verb.
  // 1. The sender can't or won't, with any verb: "we won't be refunding", "we can no longer support".
  { match: `(we|i) ${NO_LONGER_OR_WONT} ...`, except: HARMLESS },
  // 2. Impersonal: "it isn't possible to", "that is not something we can do", "exchanges aren't possible".
  { match: "(it|this|that|which) (is not|isn't|'s not|was not|wasn't|is no longer|will not be|won't be) (possible|feasible|something (we|i) (can|could) do|an option)", except: ['(if|unless|whether|worry|problem)', '(to|that you|you could|you can|you will) (lose|lost|miss|break|damage|harm|be charged|pay twice|overpay)'] },
  { match: "(aren't|are not|isn't|is not|weren't|were not|wasn't|was not|no longer) (possible|eligible|covered|refundable|returnable|exchangeable|accepted|permitted|allowed|valid)", except: ['(if|unless|whether|still|worry|need|charged|required)', '(to|that you|you could|you can|you will) (lose|lost|miss|break|damage|harm|be charged|pay twice|overpay)'] },
  { match: "(you are|you're|you were) (not|no longer) (eligible|entitled|qualified|covered)", except: ['(if|unless|whether|still)'] },
  // 3. What they wanted, gone: "your claim has been closed", "your account has been suspended", "was unsuccessful".
  { match: `(your|the|this|that) ... (has been|have been|was|were|is now|are now) ${CLOSED}`, except: OWN_REQUEST },
  { match: `(your|the|this|that) ... (was|were|has been|have been) (unsuccessful|not successful|not approved|not accepted|turned down)` },
  { match: `(your|the|this) (payment|transfer|transaction|refund|order|application|request|booking|delivery|card|charge|claim|appeal|verification|upload|purchase) ... (failed|has failed|did not go through|didn't go through|bounced)`, except: ['(if|unless|whether)'] },
  { match: "(your|the|this) (warranty|voucher|coupon|code|offer|promotion|guarantee|return window|return period|trial|subscription|membership|gift card|credit) (has|have|had) (expired|ended|lapsed|run out)" },
  // 4. Policy: "that falls outside our returns policy", "not covered by the warranty".
  { match: '(falls|fall|is|are) (outside|beyond) (of)? (our|the|your|that|this) ... (policy|policies|window|period|warranty|terms|guarantee|coverage|cover|scope|timeframe|time frame|limit)' },
  { match: '(is|are|was|were|isn\'t|aren\'t) not (covered|included) (by|under|in) (our|the|your) ... (policy|warranty|terms|guarantee|plan|coverage)' },
  { match: "(isn't|aren't|wasn't) (covered|included) (by|under|in) (our|the|your) ... (policy|warranty|terms|guarantee|plan|coverage)" },
  // 5. Contracted impersonal: "it's not possible to change the address", "that's not something we can do".
  { match: "(it's|that's) (not|no longer) (possible|feasible|something (we|i) (can|could) do|an option)", except: ['(if|unless|whether|worry|problem)', '(to|that you|you could|you can|you will) (lose|lost|miss|break|damage|harm|be charged|pay twice|overpay)'] },
  // 6. What they wanted is gone: "has been discontinued", "the event is sold out", "no longer stocked".
  { match: '(discontinued|withdrawn from sale|sold out|fully booked|no longer (made|produced|sold|stocked|offered))', except: ['(yet|temporarily|back in stock|restock*|until|again soon|waiting list|waitlist|notify you|let you know)'] },
  // 7. The door shut for good: "our hands are tied", "this decision is final", "custom orders are non-refundable".
  { match: "(our|my) hands are tied" },
  { match: '(decision|outcome|ruling|assessment) (is|was|remains) (final|not open to (appeal|review)|binding)' },
  { match: '(non-refundable|nonrefundable|non-returnable|nonreturnable|non-exchangeable|final sale)', except: ['(if|unless|whether)'] },
  { match: "(could not|couldn't|cannot|can't|can not) be (confirmed|approved|accepted|authorised|authorized|verified|guaranteed|arranged|booked|offered)", except: ['(if|unless|until|whether|once|after|before) ...', '(password|link|code|otp|pin|email address)'] },
  // 9. A condition the reader can't meet, or nothing to give: "does not meet our criteria", "no refunds will be given".
  { match: "(doesn't|didn't|don't) (meet|qualify for|satisfy|fall within) (our|the) ... (criteria|requirements|conditions|terms|policy|eligibility)" },
  { match: "not (meet|qualify for|satisfy|fall within) (our|the) ... (criteria|requirements|conditions|terms|policy|eligibility)" },
  { match: 'no (refunds|refund|returns|exchanges|compensation|credit|credits|cancellations|exceptions) (will|can|could|are|is) (be)? (given|issued|offered|made|accepted|granted|possible|available)' },
  { match: "(we|i) (are|am|'re|'m|were|was)? (unable|not able) to (locate|find|trace|track down|recover)", except: ['(if|unless|until|whether)'] },
  // 10. No means, or the rules stop us: "there's no way we can", "we have no way to", "the system won't allow it".
  { match: "(there's|there is) no way (for us to|we can|we could|to)", except: ['(if|unless|whether|worry)'] },
  { match: '(we|i) have no (way|means|ability|option|choice|authority) (to|but to|other than)', except: ['(if|unless|whether)'] },
  { match: "(policy|policies|system|rules|terms) (prevents|prevent|won't allow|will not allow|doesn't allow|does not allow|doesn't permit|does not permit|won't let|will not let)", except: ['(if|unless|whether)'] },
  { match: "(isn't|is not|'s not|not) something (we|i) (offer|do|provide|support|can offer|can do)" },
  // 8. The sender shut it: "we have closed your complaint", "we've cancelled your order".
  { match: "(closed|cancelled|canceled|declined|rejected|refused|denied|suspended|terminated|deactivated) (your|this) (complaint|claim|account|case|request|application|order|booking|subscription|membership|appeal|ticket|enquiry|inquiry)", except: [...OWN_REQUEST, '(as (you )?requested|at your request|per your request|you asked|you requested|(has|have|was|were) been)'] },
  { match: '(remain|stay) (suspended|closed|blocked|locked|cancelled|canceled|unavailable|disabled|frozen)', except: ['(until|unless|if|while)'] },
  // 15. Not granted, not successful, not possible: "your appeal hasn't been successful", "a refund won't be possible".
  { match: "(has not|hasn't|have not|haven't) been (successful|approved|accepted|granted|upheld|authorised|authorized|possible|offered|given|allocated|awarded|selected|shortlisted|chosen)", except: ['(if|unless|whether|yet|still)'] },
  { match: "(wasn't|was not|weren't|were not) (successful|approved|accepted|granted|upheld)", except: ['(if|unless|whether)'] },
  { match: "(won't|will not|wouldn't|would not) be (possible|feasible|an option)", except: ['(if|unless|whether|worry|problem|without)', '(to|that you|you could|you can|you will) (lose|lost|miss|break|damage|harm|be charged|pay twice|overpay)'] },
  // 16. The sender says no in the present: "we are declining your claim", "we don't do refunds on sale items".
  { match: "(we|i) (are|am|'re|'m|have|'ve|have had to) (declining|rejecting|refusing|denying|turning down|declined|rejected|refused|denied|turned down) (your|this|the)", except: OWN_REQUEST },
  { match: "(we|i) (don't|do not|no longer|can't|cannot) do (refunds|returns|exchanges|repairs|cancellations|price match*|deliveries|delivery|exceptions|custom orders|partial refunds|refunds or exchanges|that|this)", except: ['(if|unless|whether|worry)'] },
  { match: "(there won't be|there will not be|there will be no|there is no|there's no|there can be no|there can't be) (a|any)? (refund|refunds|compensation|exception|exceptions|replacement|reimbursement|exchange|extension|goodwill payment)", except: ['(if|unless|whether|worry|need)', '(refund|exchange|replacement|extension|cancellation) (fee|fees|charge|charges|cost|costs|needed|required|necessary)'] },
  { match: "(not much|little|very little) (more|else)? (that)? (we|i) (can|could) do", except: ['(if|unless|whether)'] },
  // 17. Time's up: "it's too late to change the order", "the deadline for claims has passed".
  { match: 'too late to (change|cancel|amend|edit|return|refund|exchange|modify|stop|update|add|remove|make|claim|apply|switch|move)', except: ['(if|unless|never|not too late|worry|before)'] },
  { match: '(deadline|window|cut-off|cutoff|time limit|grace period|return period|claim period|claims period) ... (has|have|had) (passed|closed|ended|expired|lapsed|run out)', except: ['(if|unless|extended|worry|still|until)'] },
  // 18. Not valid, not in their favour: "your voucher is invalid for this purchase", "the outcome was negative".
  { match: '(voucher|code|coupon|ticket|pass|gift card|promo code|discount code|offer|warranty|claim|guarantee) ... (is|are|was|were) (invalid|not valid|no longer valid|void)', except: ['(if|unless|worry|until|whether|link|password)'] },
  { match: '(answer|response|decision|outcome|result|reply|verdict) ... (is|was|has been|came back) (negative|unfavourable|unfavorable|not in your (favour|favor))', except: ['(if|unless|whether|test)'] },
  { match: "(cannot|can't|can not|could not|couldn't|won't|will not) (go ahead|proceed|move forward|go through)", except: ['(if|unless|until|whether|once|before|without)'] },
  { match: "(that's|that is|this is|it's|it is) (final|our final (answer|word|decision|position)) $" },
  // 11. The verdict said outright: "so this one's a no", "the answer has to be no", "I'm afraid it's a no from us".
  { match: "(this one's|this one is|that's|that is|it's|it is|the answer is|the answer's|the answer has to be|it has to be|it'll have to be|it will have to be) (a)? (firm|hard|definite|flat)? no (from us|from me|this time|on this (one|occasion))? $" },
  // 12. Nobody and nothing: "nobody here can override it", "nothing about the order can be changed now".
  { match: "(nobody|no one|no-one|none of us) (here|on (our|the|my) team|in (our|the) team|at our end|in this (team|office|department))? (can|could|is able to|will be able to|has the power to|is allowed to|is authorised to|is authorized to) ...", except: ['(if|unless|whether|until|worry)', '(see|read|access|view|know|use|share|sell) (your|any of your)? (password|card|pin|data|details|information|account|messages)', '(beat|match|wait)'] },
  { match: 'nothing (more|else|further)? (about|on|in|regarding) (it|this|that|the|your) ... (can|could|will) (be|get) (changed|done|altered|amended|undone|moved|reversed|added|removed|refunded|fixed|edited)', except: ['(if|unless|until|whether|before|once)'] },
  { match: 'nothing (more|else|further)? (can|could|will) (be|get) (changed|done|altered|amended|undone|moved|reversed|refunded|fixed|edited)', except: ['(if|unless|until|whether|before|once|worry|needs to)'] },
  // 13. Lost for good: "late cancellations forfeit the full deposit", "your deposit is forfeited".
  { match: '(forfeit|forfeits) (the|your|any|all|their)? ... (deposit|fee|payment|booking|credit|points|balance|ticket|refund|place|seat|reservation)', except: ['(if|unless|in case|in the event|should you|whether)'] },
  { match: '(deposit|deposits|credit|points|balance|ticket|tickets|place|seat|payment) ... (is|are|has been|have been|was|were|will be) (forfeited|forfeit)', except: ['(if|unless|in case|in the event|should you|whether)'] },
  // 19. An organisation's standing no, whatever it is called: "the council does not collect garden waste from your
  // street", "our clinic no longer offers weekend appointments". Not what it promises not to do with your data.
  { match: `(the|our|this) (council|company|shop|store|team|service|restaurant|hotel|school|clinic|practice|surgery|club|airline|office|firm|business|library|centre|center|department|site|website|app|platform|scheme|programme|program) (does not|doesn't|do not|don't|no longer|currently does not|currently doesn't|will not|won't|cannot|can't) ${GIVE}`, except: ['(if|unless|whether|worry|yet|at the moment|for now)', '(your|any) (data|details|information|personal|card|password|email address)', '(spam|sell your|share your)'] },
  // 20. Not available where the reader asked ("an upgrade is not available on this fare"), no longer taken on ("the
  // practice is no longer taking new patients"), and a long request refused ("your application for a parking bay
  // outside 22 Mill Lane has been refused").
  { match: "(is|are|isn't|aren't) (not)? (available|offered|possible|provided|permitted|allowed) (on|for|with|under|in|at|to) (this|that|these|those|your|the|our)", except: ['(if|unless|whether|yet|until|temporarily|worry|still|also|only)', "(is|are) (available|offered|possible|provided|permitted|allowed)"] },
  { match: 'no longer (taking|accepting|taking on|seeing|registering|enrolling|admitting|booking) (on)? (new|any|further)?', except: ['(if|unless|until|worry)'] },
  { match: `${ASKED_WIDE} (for|to|of) ... (has been|have been|was|were) (refused|declined|rejected|denied|turned down|unsuccessful)`, except: OWN_REQUEST },
  { match: `${ASKED_WIDE} (for|to|of) ... (outside|at|on|in|near|from|with|by|under) ... (has been|have been|was|were) (refused|declined|rejected|denied|turned down|unsuccessful)`, except: OWN_REQUEST },
  // 14. What they asked for lies outside the offer: "the engraving service doesn't extend to outlet purchases".
  { match: "(offer|service|discount|warranty|guarantee|policy|promotion|code|voucher|coupon|deal|sale|price match*|cover|coverage|plan|scheme|programme|program|benefit|perk|protection) ... (doesn't|does not|don't|do not|won't|will not|can't|cannot) (extend|apply|be applied|cover|include) to", except: ['(if|unless|whether|worry)', '(fee|fees|charge|charges|tax|taxes|surcharge|penalty|penalties|restriction|restrictions|limit|limits)'] },
];
