import { oneOf, type PhraseEntry } from '../../server/engine/kit';

/** Topics many people would rather not disclose: money, body, beliefs, identity. */
const MONEY = oneOf('income', 'incomes', 'salary', 'salaries', 'earnings', 'wage', 'wages', 'pay grade', 'net worth', 'debt', 'debts', 'savings');
const IDENTITY = oneOf('gender', 'sex', 'sexual orientation', 'sexuality', 'ethnicity', 'ethnic*', 'racial', 'religion', 'religious', 'caste', 'nationality', 'immigration status', 'marital status', 'political', 'politics', 'party affiliation');
const BODY = oneOf('health', 'medical', 'disability', 'disabilities', 'disabled', 'illness', 'illnesses', 'diagnos*', 'medication*', 'mental health', 'chronic', 'pregnan*');
const AGE = oneOf('age', 'age group', 'age range', 'age bracket', 'year of birth', 'birth year', 'date of birth', 'how old');

/** A question about a sensitive topic (the `message` says which kind of way out it needs). */
export const SENSITIVE: PhraseEntry[] = [
  { match: MONEY, except: ['(price|prices|pricing|fee|fees) (of|for) (our|the)'] },
  { match: IDENTITY },
  // "race" is also a running event: only "your race", "race or ethnicity", or "Race" as the whole question.
  { match: `${oneOf('your race', 'race or ethnicity', 'race and ethnicity', 'racial or ethnic')}` },
  { match: '^ race $' },
  { match: oneOf('year of birth', 'birth year', 'date of birth', 'were you born') },
  // The respondent's own body: "your overall health", "any health conditions", "a disability" (not "your health goals").
  { match: `${oneOf('your', 'any', 'a', 'household')} ${oneOf('overall', 'current', 'general', 'physical', 'mental', 'own', 'known')}? ${BODY}`,
    except: [`${BODY} ${oneOf('goal*', 'tip*', 'plan*', 'product*', 'insurance', 'app', 'apps', 'coach*', 'program*', 'service*', 'benefit*', 'club', 'check')}`] },
  { match: `^ ${BODY} $` },
  { match: `${oneOf('your', 'what is your', "what's your", 'which')} ${AGE}` },
  { match: `^ ${AGE} $` },
  { match: `^ ${AGE} ${oneOf('group', 'range', 'bracket', 'band', 'category')}` },
  // "What age group do you belong to?" (a real Odoo demo survey), "which age range are you in?".
  { match: `${oneOf('what', 'which')} ${oneOf('age group', 'age range', 'age bracket', 'age band', 'age category')} ${oneOf('do you', 'are you', 'you are', "you're", 'best describes you', 'describes you')}` },
  { match: 'how old are you' },
];

/** A question that may not apply to everyone: it says so, or it asks about someone not everyone has. */
export const NOT_APPLICABLE: PhraseEntry[] = [
  { match: oneOf('if any', 'if applicable', 'if relevant', 'where applicable', 'if you have one', 'if you have any', 'if you used', 'if you have used', 'if you did') },
  { match: `your ${oneOf('spouse', 'partner', 'husband', 'wife', 'children*', 'child', "child's", 'kids', 'manager', 'supervisor', 'employer', 'pet', 'pets', 'landlord', 'previous employer', 'last employer')}` },
];

export const en: PhraseEntry[] = [...SENSITIVE, ...NOT_APPLICABLE];
