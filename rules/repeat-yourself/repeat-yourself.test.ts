import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('repeat-yourself', {
  bad: [
    { text: 'Thanks for writing. [[Please describe your issue again]] so we can help.' },
    { text: '[[Could you provide your order number once more]]?' },
    { text: '[[Please resubmit your request]] through the contact form.' },
    { text: '[[Kindly explain the problem again]] in detail.' },
    { text: 'To help you, [[please open a new ticket and describe]] the issue.' },
    { text: '<p>[[Please send us your details again]].</p>', file: 'a.html' },
    { text: '[[لطفاً مشکل خود را مجدداً توضیح دهید]].' },
    { text: '[[لطفا دوباره شماره سفارش را ارسال کنید]].' },
    { text: '[[مجددا مشخصات خود را بفرستید]].' },
  ],
  good: [
    { text: 'Please try again in a few minutes.' },
    { text: 'Please log in again to continue.' },
    { text: 'We have your earlier message, so there is no need to repeat anything.' },
    { text: 'Click the link again if the first one expired.' },
    { text: 'Thanks for shopping with us again!' },
    { text: 'لطفاً چند دقیقه دیگر دوباره تلاش کنید.' },
    { text: 'لطفاً دوباره وارد حساب کاربری شوید.' },
    { text: 'پیام قبلی شما را داریم و لازم نیست دوباره توضیح دهید.' },
  ],
});
