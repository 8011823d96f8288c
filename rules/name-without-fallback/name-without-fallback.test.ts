import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('name-without-fallback', {
  bad: [
    { text: 'Hi [[{{ customer.first_name }}]],\nYour order is ready.', file: 'a.liquid', fixed: 'Hi {{ customer.first_name | default: "there" }},\nYour order is ready.' },
    { text: 'Hello [[{{ user.name }}]]!', file: 'a.twig', fixed: "Hello {{ user.name|default('there') }}!" },
    { text: 'Dear [[{{first_name}}]],', file: 'a.hbs', fixed: 'Dear {{#if first_name}}{{first_name}}{{else}}there{{/if}},' },
    { text: 'Hi [[<%= @user.first_name %>]],', file: 'a.text.erb' },
    { text: 'Dear [[{$client_name}]],', file: 'a.tpl' },
    { text: 'Hi [[{{ $name }}]],', file: 'a.html' },
    { text: 'سلام [[{{ customer.first_name }}]] عزیز،', file: 'a.liquid', fixed: 'سلام {{ customer.first_name | default: "دوست" }} عزیز،' },
    { text: 'Hi [[*|FNAME|*]],', fixed: 'Hi *|IF:FNAME|**|FNAME|**|ELSE:|*there*|END:IF|*,' },
    { text: 'Hi [[{{first_name}}]],', file: 'a.mustache', fixed: 'Hi {{#first_name}}{{first_name}}{{/first_name}}{{^first_name}}there{{/first_name}},' },
    // Magento's escape helper: the rewrite uses Magento's own block syntax.
    { text: '<p>Hello [[{{htmlescape var=$customer.name}}]],</p><p>Your password was changed.</p>', file: 'a.html', fixed: '<p>Hello {{if customer.name}}{{htmlescape var=$customer.name}}{{else}}there{{/if}},</p><p>Your password was changed.</p>' },
  ],
  good: [
    { text: 'Hi {{ customer.first_name | default: "there" }},', file: 'a.liquid' },
    { text: '{{#if first_name}}Hi {{first_name}},{{else}}Hi there,{{/if}}', file: 'a.hbs' },
    { text: '*|IF:FNAME|*Hi *|FNAME|*,*|ELSE:|*Hi there,*|END:IF|*' },
    { text: '{{#first_name}}Hi {{first_name}},{{/first_name}}{{^first_name}}Hi there,{{/first_name}}', file: 'a.mustache' },
    { text: '{%- assign first = customer.first_name | default: "there" -%}\nHi {{ first }},', file: 'a.liquid' },
    { text: "{% set guest = user.name|default('there') %}Hello {{ guest }}!", file: 'a.twig' },
    { text: 'Hi %{name},', file: 'a.txt' },
    { text: 'Your order {{ order.id }} is ready.', file: 'a.liquid' },
    { text: 'Welcome to {{ store.name }}!', file: 'a.liquid' },
    { text: 'Hi {{ name|default("there") }}', file: 'a.twig' },
    { text: 'Hi {{ $name ?? "there" }},', file: 'a.html' },
    // A run of name parts where one already falls back never renders an empty greeting.
    { text: 'Dear {{ customer.title }} {{ customer.surname | default("Customer") }},\nThanks for writing.', file: 'a.njk' },
    // Not the reader's name: the company, the sender, an id.
    { text: 'Welcome to %%BOARD_NAME%%!\nYour account is ready.' },
    { text: 'Hello ${USER_ID},\nYour key is ready.', file: 'a.ftl' },
  ],
});
