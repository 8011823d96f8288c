import { oneOf, type PhraseEntry } from '../../server/engine/kit';

/** What a question asks the respondent for, grouped by the kind of data. */
const YOUR = oneOf('your', 'what is your', "what's your", 'enter your', 'please enter your', 'type your', 'provide your', 'confirm your', 'your full');
const EMAIL = oneOf('email', 'e-mail', 'email address', 'e-mail address', 'mail address');
const NAME = oneOf('name', 'full name', 'first name', 'last name', 'surname', 'given name', 'first and last name');
const ORDER = oneOf('order', 'invoice', 'booking', 'reservation', 'ticket', 'case', 'transaction', 'purchase', 'confirmation');
const NUMBER = oneOf('number', 'no', 'id', 'reference', 'ref', 'code');
const THING = oneOf('product', 'products', 'item', 'items', 'plan', 'model', 'course', 'package', 'device');
const BOUGHT = oneOf('buy', 'bought', 'purchase', 'purchased', 'order', 'ordered', 'receive', 'received', 'use', 'used', 'take', 'took', 'attend', 'attended', 'subscribe to');
const PHONE = oneOf('phone', 'phone number', 'mobile', 'mobile number', 'cell', 'cell number', 'telephone', 'telephone number', 'whatsapp number');

/** Frames per kind of data asked for. */
export const ASKED_EN: Record<'email' | 'name' | 'order' | 'product' | 'phone', PhraseEntry[]> = {
  email: [
    { match: `${YOUR} ${EMAIL}` },
    { match: `^ ${EMAIL} $` },
  ],
  name: [
    { match: `${YOUR} ${NAME}`, except: ['(agent*|staff*|employee*|representative*|rep|technician*|doctor*|teacher*|manager*|company*|business*|store*|shop*|product*|pet*|organization*|organisation*|team*|brand*) name', 'name of'] },
    { match: `^ ${NAME} $` },
  ],
  order: [
    { match: `${ORDER} ${NUMBER}` },
  ],
  product: [
    { match: `${oneOf('which', 'what')} ${THING} ${oneOf('did', 'have', 'do')} you ${BOUGHT}` },
    { match: `${oneOf('which', 'what')} ${oneOf('did', 'have')} you ${oneOf('buy', 'bought', 'purchase', 'purchased', 'order', 'ordered')}` },
  ],
  phone: [
    { match: `${YOUR} ${PHONE}` },
    { match: `^ ${PHONE} $` },
  ],
};

export const en: PhraseEntry[] = Object.values(ASKED_EN).flat();
