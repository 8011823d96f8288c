import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleCases } from '../../test/helpers/rule-cases';
import { surveyCases } from '../../test/helpers/survey-cases';
import { q, surveyJs } from '../../test/helpers/surveyjs';
import rule, { kindOfVariable } from '.';

const csat = { title: 'How satisfied were you with delivery?', choices: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'] };

surveyCases(rule, {
  bad: [
    { knownVariables: ['order_id'], questions: [csat, { title: '[[What is your order number?]]', type: 'text' }] },
    { knownVariables: ['customer_email'], questions: [{ title: '[[Please enter your email address]]', type: 'text' }] },
    { knownVariables: ['Email'], questions: [{ title: '[[Email]]', type: 'text' }] },
    { knownVariables: ['firstname', 'lastname', 'email', 'token'], questions: [{ title: '[[Your full name]]', type: 'text' }] },
    { knownVariables: ['ticket_id'], questions: [{ title: '[[Ticket number (see your email)]]', type: 'text' }] },
    { knownVariables: ['product_sku'], questions: [{ title: '[[Which product did you buy?]]', choices: ['Kettle', 'Toaster', 'Blender'] }] },
    { knownVariables: ['utm_source', 'customer_email'], questions: [{ id: 'email', title: '[[Where can we reach you?]]', type: 'text' }] },
    { knownVariables: ['order_id'], questions: [{ title: '[[شماره سفارش خود را وارد کنید]]', type: 'text' }] },
    { knownVariables: ['email'], questions: [{ title: '[[ایمیل خود را بنویسید]]', type: 'text' }] },
    { knownVariables: ['customer.first_name'], questions: [{ title: '[[نام و نام خانوادگی شما]]', type: 'text' }] },
    { knownVariables: ['product_id'], questions: [{ title: '[[کدام محصول را خریدید؟]]', choices: ['کتری', 'توستر'] }] },
    { knownVariables: ['customer_mobile'], questions: [{ title: '[[شماره موبایل شما]]', type: 'text' }] },
  ],
  good: [
    { knownVariables: [], questions: [{ title: 'What is your order number?', type: 'text' }] },
    { knownVariables: ['order_id'], questions: [csat, { title: 'Anything else we should know?', type: 'text' }] },
    { knownVariables: ['support_email'], questions: [{ title: 'Your email address', type: 'text' }] },
    { knownVariables: ['agent_name'], questions: [{ title: 'Your name', type: 'text' }] },
    { knownVariables: ['first_name'], questions: [{ title: "What was your agent's name?", type: 'text' }] },
    { knownVariables: ['email'], questions: [{ title: 'May we email you about your answers?', type: 'boolean' }] },
    { knownVariables: ['email'], questions: [{ title: 'Your email', type: 'single', choices: ['Yes', 'No'] }] },
    { knownVariables: ['order_id'], questions: [{ title: 'Which product did you buy?', choices: ['Kettle', 'Toaster'] }] },
    { knownVariables: ['store_name'], questions: [{ title: 'Your name', type: 'text' }] },
    { knownVariables: ['total'], questions: [{ title: 'Your email', type: 'text' }] },
    { knownVariables: ['order_id'], questions: [{ title: 'How satisfied are you with order tracking?', type: 'rating', scale: { min: 1, max: 5 } }] },
    { knownVariables: ['email'], questions: [{ title: 'آیا مایلید نتیجه را برایتان ایمیل کنیم؟', type: 'boolean' }] },
    { knownVariables: ['order_id'], questions: [{ title: 'نظر خود را درباره‌ی سفارش بنویسید', type: 'text' }] },
    { knownVariables: ['agent_name'], questions: [{ title: 'نام شما', type: 'text' }] },
  ],
});

test('variables are read for what they hold, not matched by name', () => {
  assert.equal(kindOfVariable('customer_email'), 'email');
  assert.equal(kindOfVariable('RecipientEmail'), 'email');
  assert.equal(kindOfVariable('support_email'), undefined);
  assert.equal(kindOfVariable('firstName'), 'name');
  assert.equal(kindOfVariable('agent_name'), undefined);
  assert.equal(kindOfVariable('order_id'), 'order');
  assert.equal(kindOfVariable('orderNumber'), 'order');
  assert.equal(kindOfVariable('order_total'), undefined);
  assert.equal(kindOfVariable('sku'), 'product');
  assert.equal(kindOfVariable('utm_source'), undefined);
});

// Real SurveyJS files through the whole linter (the survey layer parses them; findings land on the file).
ruleCases('known-answer', {
  bad: [
    { file: 'survey.json', text: surveyJs([{ type: 'text', name: 'order_id', visible: false }, q('text', '[[What is your order number?]]')]) },
    { file: 'survey.json', text: surveyJs([q('text', { default: '[[Your email address]]', fa: '[[ایمیل خود را وارد کنید]]' })], { calculatedValues: [{ name: 'customer_email', expression: "{email}" }] }) },
    // An email whose merge tags already carry the order number, with a form that asks for it again.
    { file: 'feedback.liquid', text: '<p>Thanks for order {{ order.order_number }}!</p>\n<form action="https://example.com/f">\n<p>[[Your order number]]</p>\n<input type="text" name="order_number">\n<p>How satisfied were you with delivery?</p>\n<label><input type="radio" name="csat" value="1"> Dissatisfied</label>\n<label><input type="radio" name="csat" value="2"> Satisfied</label>\n</form>\n' },
  ],
  good: [
    { file: 'survey.json', text: surveyJs([q('text', 'What is your order number?')]) },
    { file: 'feedback.liquid', text: '<p>Thanks for shopping with us!</p>\n<form action="https://example.com/f">\n<p>Your order number</p>\n<input type="text" name="order_number">\n</form>\n' },
    { file: 'survey.json', text: surveyJs([{ type: 'text', name: 'order_id', visible: false }, q('comment', 'Anything else we should know?')]) },
  ],
});
