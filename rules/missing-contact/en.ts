import type { PhraseEntry } from '../../server/src/engine/match';

const NEGATED = ['(do not|don\'t|dont|never|cannot|can\'t|unable|not monitored|unmonitored|unattended|no-reply|noreply|not be (read|answered|monitored)|will not be|won\'t be)'];

/** Invitations to reply or reach a person. Any one of them means the reader has somewhere to turn. */
export const en: PhraseEntry[] = [
  { match: '(just|simply|please|feel free to|you can|you may|go ahead and)? (reply|respond|write back|answer) (to)? (this|the|our)? (e-mail|email|message|note|mail)?', except: NEGATED },
  { match: '(hit|press|click) reply', except: NEGATED },
  { match: '(by|via|just|simply)? (replying|responding|writing back|answering) (to)? (this|the|our)? (e-mail|email|message|note|mail)?', except: NEGATED },
  { match: '(contact|email|e-mail|call|phone|ring|text|message|write to|talk to|chat with|reach|reach out to|get in touch with|speak with|speak to|ping) (us|me|our (team|support|staff|agents|store|office|helpdesk|help desk|customer service|customer support|support team))', except: NEGATED },
  { match: '(reach|reach out|get in touch|get back to us|let us know|let me know|drop us a line|drop me a line|write us|write me|send us a (message|note|line|reply)|send me a (message|note|line))', except: NEGATED },
  { match: "(i'd|i would|we'd|we would) (love|like|be happy|be glad) to (hear|help|answer|chat)", except: NEGATED },
  { match: '(any|have|got) (more|further|other)? (questions|question|concerns|feedback|problems|issues)' },
  { match: '^ (questions|question|need help|need anything|any questions|problems|trouble) $' },
  { match: "(we're|we are|i'm|i am) (here|happy|glad|available) (to help|to answer|to assist|for you|if you need)", except: NEGATED },
  { match: '(our|the) (support|customer service|customer care|help desk|helpdesk|service) (team|staff)? (is|are) (here|available|happy|ready) (to help)?' },
  { match: '(visit|see|check|use|go to|through) (our|the) (contact|support|help) (page|center|centre|form|portal)' },
  { match: '(contact|support|help) (page|center|centre|form|portal|link)' },
  { match: '(give us a call|call us|call our|phone us)' },
  { match: '(contact|message|call|text|chat with|reach) (support|your driver|your courier|your host|our support|customer service|customer care|the (store|shop|team|office|clinic|host|driver|courier))' },
  { match: '(in|via|through|using|use) (the|our) (app|website|help center|help centre|contact form|chat)', except: NEGATED },
  { match: '(look|looking|we look|i look) forward to (hearing|your reply|your response|hearing back|your answer|your feedback|your thoughts)', except: NEGATED },
  { match: '(reply|replies|response|responses|answer|answers) (go|goes|come|comes|will go|will come|reach|reaches) (straight|directly|right)? (to)? (me|us|our team|a person|a human|my inbox|a real person)', except: NEGATED },
  { match: '(get back to|write back to|come back to) (me|us)', except: NEGATED },
  { match: '(just|simply|please) ask', except: NEGATED },
  { match: '(speak|talk|chat) (to|with) (someone|a person|a human|an agent|a real person|our team|a member of our team|one of our)' },
];
