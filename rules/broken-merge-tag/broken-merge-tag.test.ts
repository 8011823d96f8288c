import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('broken-merge-tag', {
  bad: [
    { text: 'Hi [[{{first_name]], thanks!', file: 'a.hbs', fixed: 'Hi {{first_name}}, thanks!' },
    { text: 'Hi [[{{ first_name }]], thanks!', file: 'a.hbs', fixed: 'Hi {{ first_name }}, thanks!' },
    { text: '[[{{#if order}}]]Your order is ready.', file: 'a.hbs' },
    { text: 'Thanks!\n[[{{/each}}]]', file: 'a.hbs' },
    { text: '[[{% if customer %}]]Hi {{ customer.first_name }}', file: 'a.liquid' },
    { text: 'Hi [[*|FNAME|]], welcome!' },
    { text: 'Hi [[%{name]], welcome!', file: 'a.txt' },
    { text: '<p>Hi [[{{name]]</p>', file: 'a.html' },
    { text: 'سلام [[{{name]]، خوش آمدید.', file: 'a.hbs' },
    { text: 'سفارش [[{order_id}}]] ثبت شد.', fixed: 'سفارش {order_id} ثبت شد.' },
    { text: 'Hi [[{{name}}}]],', file: 'a.hbs', fixed: 'Hi {{name}},' },
  ],
  good: [
    { text: 'Hi {{first_name}}, thanks!', file: 'a.hbs' },
    { text: '{{#if order}}Ready{{else}}Not yet{{/if}}', file: 'a.hbs' },
    { text: '{% if customer %}Hi {{ customer.first_name | default: "there" }}{% endif %}', file: 'a.liquid' },
    { text: '{{depend order}}Order {{var order.id}}{{/depend}}', file: 'a.html' },
    { text: 'Hi *|FNAME|*, welcome!' },
    { text: '<style>a{color:red}</style><script>var s = "${x";</script><p>Hi</p>', file: 'a.html' },
    { text: 'Use {curly braces} freely in prose.' },
    { text: '{# a Twig comment with {{ inside #}Hello', file: 'a.twig' },
  ],
});
