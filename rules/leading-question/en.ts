import { oneOf, type PhraseEntry } from '../../server/engine/kit';

/** Praise a question takes for granted: the respondent is asked how much, not whether. */
const PRAISE_ADJ = oneOf(
  'great', 'amazing', 'wonderful', 'awesome', 'fantastic', 'excellent', 'brilliant', 'outstanding', 'fabulous',
  'terrific', 'superb', 'delightful', 'incredible', 'lovely', 'perfect', 'exceptional', 'marvellous', 'marvelous',
  'enjoyable', 'impressive', 'stunning', 'world class', 'world-class', 'award winning', 'award-winning', 'best in class',
  'best-in-class', 'first class', 'first-class',
);
/** Verbs of liking the respondent is assumed to feel. */
const LIKING = oneOf('love*', 'loving', 'enjoy*', 'like', 'liked', 'adore*', 'appreciat*', 'relish*');
/** Not "would/will": "How much would you like to pay?" asks a wish, not whether they liked it. */
const AUX = oneOf('did', 'do', 'does', 'have', 'has');
const BE = oneOf('was', 'were', 'is', 'are', 'has been', 'have been');
/** Negated questions that expect "yes": "Don't you agree…", "Wouldn't you say…". */
const NEG_AUX = oneOf("don't", 'do not', "wouldn't", 'would not', "won't", "isn't", "aren't", "wasn't", "weren't", "didn't", "doesn't", "shouldn't", "can't", "haven't");
const OPINION = oneOf('agree', 'say', 'think', 'feel', 'find', 'believe', 'love', 'like', 'enjoy', 'prefer', 'want', 'recommend');
/** Others said to approve already: "Most customers love…", "Our users agree…". */
const CROWD = oneOf('most', 'many', 'all', 'thousands of', 'millions of', 'the majority of', '9 out of 10', 'nine out of ten', 'our');
const PEOPLE = oneOf('customers', 'people', 'users', 'clients', 'shoppers', 'members', 'guests', 'readers', 'students', 'of our customers', 'of our users', 'experts');
const APPROVE = oneOf('love*', 'agree', 'prefer', 'say', 'recommend', 'enjoy', 'like', 'rate', 'are happy', 'are satisfied', 'are delighted');

/** Leading and loaded survey questions in English. */
export const en: PhraseEntry[] = [
  // How much did you love…, How much have you enjoyed…
  { match: `how much ${AUX} you ${LIKING}` },
  // How great was…, How amazing were…, How wonderful is…
  { match: `how ${PRAISE_ADJ} ${BE}` },
  // What did you love most about…, What do you enjoy best…
  { match: `what ${AUX} you ${oneOf('love*', 'enjoy*', 'adore*')} ${oneOf('most', 'the most', 'best', 'about')}` },
  // Don't you agree that…, Wouldn't you say…, Isn't it true that…
  { match: `^ ${NEG_AUX} you ${OPINION}` },
  { match: `^ ${oneOf("isn't", 'is not', "wasn't")} it ${oneOf('true', 'fair to say', 'clear', 'obvious')}` },
  // How satisfied are you with our excellent service? (praise put into the thing being judged)
  { match: `${oneOf('our', 'the', 'this', 'these')} ${PRAISE_ADJ} ${oneOf('service', 'support', 'team', 'staff', 'product*', 'app', 'website', 'site', 'store', 'shop', 'experience', 'feature*', 'food', 'hotel', 'course', 'event', 'agent*', 'delivery', 'quality', 'new', 'customer')}`,
    except: ['^ (how|what|which) (great|excellent)? (is|was|are|were)? (the)? (value|price|distance|amount|number|delay|wait)'] },
  // Most customers love our app. / 9 out of 10 users recommend us.
  { match: `${CROWD} ${PEOPLE} ${APPROVE}` },
];
