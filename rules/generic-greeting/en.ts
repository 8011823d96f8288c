import type { PhraseEntry } from '../../server/engine/kit';

export const GREETING = '(dear|hi|hello|hey|hiya|howdy|greetings|good morning|good afternoon|good evening|good day|attention|welcome|hi there|hello there|hey there|dearest|to our|to all)';
export const ADJECTIVE = '(valued|loyal|esteemed|respected|beloved|lovely|new|fellow|amazing|wonderful|awesome|happy|valuable|honored|honoured|precious|cherished|dear|favorite|favourite|treasured|faithful|kind|our|my|all|registered|premium|gold|vip|future|potential|prospective|current|existing|online|website|app|store|shop)';
export const ROLE =
  '(customer|customers|client|clients|user|users|subscriber|subscribers|member|members|shopper|shoppers|buyer|buyers|guest|guests|account holder|accountholder|cardholder|card holder|recipient|recipients|reader|readers|patron|patrons|sir|madam|sir or madam|sir/madam|sir / madam|sirs|madam or sir|madam/sir|applicant|applicants|candidate|patient|patients|traveler|traveller|travelers|travellers|passenger|passengers|participant|participants|respondent|respondents|policyholder|policy holder|investor|investors|merchant|seller|sellers|vendor|vendors|homeowner|resident|residents|tenant|tenants|donor|donors|supporter|supporters|attendee|attendees|registrant|registrants|learner|learners|student|students|parent|parents|user of our service|customer of ours|valued one|consumer|consumers|partner|partners|owner|owners|player|players|visitor|visitors|diner|diners|caller|shopper|contributor|contributors|applicant|enrollee|beneficiary|insured|account owner|cardmember|card member|parent/guardian|parent or guardian|guardian|colleague|colleagues|valued client|sender|email sender|message sender|requester|requestor|submitter|correspondent|inquirer|enquirer|instructor|instructors|teacher|teachers|author|authors|employee|employees|supplier|suppliers)';

/**
 * A greeting that names a role instead of the reader: "Dear valued customer,", "Hi subscriber!".
 * `$` keeps it to greetings: the role must end the greeting (punctuation or line end follows), so
 * "Dear customer {{name}}" and "Hello customers who ordered in May" are not matched.
 */
export const en: PhraseEntry[] = [
  { match: `^ ${GREETING} ${ADJECTIVE}? ${ADJECTIVE}? ${ROLE} $` },
  // Not the first item of a list after a dash ("everything in it — all users, posts, comments and votes").
  { match: `^ ${ADJECTIVE} ${ROLE} $`, except: [`${ADJECTIVE} ${ROLE} ... (and|or)`, '(our|my|all|new|existing|current|registered|premium|gold|vip|online|website|app|store|shop|future|potential|prospective) (customer|customers|client|clients|user|users|member|members|subscriber|subscribers|shopper|shoppers|buyer|buyers|seller|sellers|vendor|vendors|partner|partners|owner|owners|player|players|visitor|visitors) [^,!:]'] },
  { match: '^ to whom it may concern $' },
  // The role of a place: "Dear user of {{fund_name}},", "Hello customer of Acme Bank!", "Dear members of the club,".
  { match: `^ ${GREETING} ${ADJECTIVE}? ${ADJECTIVE}? ${ROLE} (of|at|from) ... $` },
  // The service named before the role: "Dear TheyWorkForYou alert subscriber,", "Hi Acme newsletter reader!".
  { match: `^ ${GREETING} ... (alert|alerts|newsletter|mailing list|list|email|e-mail|account|app|site|website|service|plan|pro|premium|community|forum|program|programme|club|rewards|loyalty|store|shop) ${ROLE} $`, except: ["(thanks|thank you|for being|as an|as a|as our|being|you are|you're|welcome)"] },
];
