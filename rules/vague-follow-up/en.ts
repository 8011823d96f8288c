import { oneOf, type PhraseEntry } from '../../server/engine/kit';

/** What the sender promises to do for the reader: answer, call, look into it (active and passive). */
const RESPOND = oneOf(
  'get back', 'reply', 'respond', 'be in touch', 'get in touch', 'follow up', 'reach out', 'answer', 'look into',
  'review', 'investigate', 'update you', 'contact you', 'call you', 'email you', 'write to you', 'hear back', 'hear from',
  'be contacted', 'be answered', 'be reviewed', 'be addressed', 'be handled', 'be looked into', 'be processed',
  'be resolved', 'be responded to', 'be dealt with', 'attend to', 'deal with',
  // Other ways to say "we'll answer": come back to you, circle back, ring you back, let you know, be in contact.
  'come back to (you|u)', 'circle back', 'ring (you|u)', 'call (you|u) back', 'let (you|u) know', '(be|get) in contact',
  'revert', '(reply|answer|response|update|decision|outcome) will follow',
);
/** A time that names no time. */
export const VAGUE = oneOf(
  'as soon as (possible|we can|we are able|practicable|feasible|humanly possible|we have an update|one of our (agents|team|team members) is available)',
  'asap', 'shortly', 'soon', 'in due course', 'in due time', 'in the near future', 'in a timely (manner|fashion)',
  'at (our|the) earliest (convenience|opportunity|possible (time|moment))', 'at the first opportunity', 'when we can',
  'at some point', 'before long', 'promptly', 'as quickly as (possible|we can)',
  '(within|in|over) (a few|the next few|the coming|several) (days|weeks|business days|working days)',
  // A condition for a time: "once your case has been reviewed", "when an agent is available", "as and when".
  // (No gaps inside: a time's words are tried inside every promise's gap, so they stay a plain sequence.)
  '(once|when|after) (your|the|this) (case|request|ticket|claim|query|enquiry|inquiry|complaint|order|application|message|issue|documents|file) (has been|have been|is|was|are)? (reviewed|processed|checked|investigated|looked into|assessed|resolved|completed|received)',
  '(once|when) (we|our team|the team) (have|has|know|hear|get) (more|an update|news|an answer|back|more information)',
  '(once|when) (an|a|one of our) (agent|agents|advisor|adviser|member of (our|the) team|specialist|team member) (is|becomes|are) (available|free)',
  'as and when', 'eventually', 'when possible', 'whenever (we|possible|we can)', 'in the coming (days|weeks)',
  // "Without undue delay", "when they're able", "nearer the time": a time that is up to the sender.
  // (Not a bare "later": "you can always reply later" is the reader's time.)
  'at a later (date|time|stage)', 'without (undue|unnecessary) delay', 'in a bit', 'in a while',
  "when (we|they|he|she|someone|our team|the team|we're|they're|he's|she's) (are|is)? (able|free|available)", '(nearer|closer) (the|to the) (time|date)',
);
/** Requests to the reader ("please contact us as soon as possible") are not the sender's promise. */
const TO_READER = [
  '^ (please|kindly)',
  '^ (please|kindly)? (contact|call|reply|respond|email|write|get|let|send|pay|update|complete|confirm|return|reach|visit|sign|submit)',
  'please (contact|call|reply|respond|email|write to|get in touch|let us know|send|pay|update|complete|confirm|return|reach out)',
  '(you should|you must|you need to|we ask that you|we recommend|we suggest|make sure you|be sure to)',
];

/** A promise to answer or act, with no time: "we will get back to you as soon as possible", "in due course". */
export const en: PhraseEntry[] = [
  { match: `${RESPOND} ... ${VAGUE}`, except: TO_READER },
  { match: `${VAGUE} ... ${RESPOND}`, except: TO_READER },
];
