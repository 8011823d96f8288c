import { ruleCases } from '../../test/helpers/rule-cases';

ruleCases('name-without-fallback', {
  bad: [
    { text: 'Hi [[{{ customer.first_name }}]],\nYour order is ready.', file: 'a.liquid', fixed: 'Hi {{ customer.first_name | default: "there" }},\nYour order is ready.' },
    { text: 'Hello [[{{ user.name }}]]!', file: 'a.twig', fixed: "Hello {{ user.name|default('there') }}!" },
    { text: 'Dear [[{{first_name}}]],', file: 'a.hbs', fixed: 'Dear {{#if first_name}}{{first_name}}{{else}}there{{/if}},' },
    { text: 'Hi [[<%= @user.first_name %>]],', file: 'a.text.erb' },
    { text: 'Dear [[{$client_name}]],', file: 'a.tpl' },
    { text: 'Hi [[{{ $name }}]],', file: 'a.html' },
    { text: 'سلام [[{{ customer.first_name }}]] عزیز،', file: 'a.liquid', fixed: 'سلام {{ customer.first_name | default: "دوست عزیز" }} عزیز،' },
  ],
  good: [
    { text: 'Hi {{ customer.first_name | default: "there" }},', file: 'a.liquid' },
    { text: '{{#if first_name}}Hi {{first_name}},{{else}}Hi there,{{/if}}', file: 'a.hbs' },
    { text: 'Hi *|FNAME|*,' },
    { text: 'Hi %{name},', file: 'a.txt' },
    { text: 'Your order {{ order.id }} is ready.', file: 'a.liquid' },
    { text: 'Welcome to {{ store.name }}!', file: 'a.liquid' },
    { text: 'Hi {{ name|default("there") }}', file: 'a.twig' },
    { text: 'Hi {{ $name ?? "there" }},', file: 'a.html' },
  ],
});
