// Prose in a language Warmly has no rules for is left alone (server/engine/foreign.ts): a German, Spanish or Arabic
// template read as English or Persian by its script got "no one to reach" on every letter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isForeignProse } from '../../server/engine/foreign';
import { lint } from '../../server/linter';

const en = (text: string) => [{ text: text.toLowerCase(), language: 'en' as const }];
const fa = (text: string) => [{ text, language: 'fa' as const }];

test('Latin-script prose in another language is foreign; English prose of any shape is not', () => {
  assert.equal(isForeignProse(en('Hallo Anna, vielen Dank für Ihre Bestellung. Ihr Paket ist unterwegs und kommt am Montag bei Ihnen an. Sie können den Versand jederzeit in Ihrem Kundenkonto verfolgen. Viele Grüße aus dem Laden'), 'en'), true);
  assert.equal(isForeignProse(en('Hola Ana, gracias por tu compra. Tu paquete ya está en camino y llegará el lunes. Puedes seguir el envío desde tu cuenta en cualquier momento. Saludos desde la tienda'), 'en'), true);
  assert.equal(isForeignProse(en('Ciao Anna, grazie per il tuo ordine. Il pacco è stato spedito e arriverà lunedì. Puoi seguire la spedizione dal tuo account in qualsiasi momento. Un saluto dal negozio'), 'en'), true);
  // English: a sentence, and prose that is only a list of labels (no function words at all).
  assert.equal(isForeignProse(en('Hi Anna, thanks for your order. Your parcel is on its way and should arrive on Monday. You can follow it from your account at any time.'), 'en'), false);
  assert.equal(isForeignProse(en('Order summary. Item. Quantity. Price. Subtotal. Shipping. Discount. Total paid. Billing address. Delivery address. Payment method. Order date.'), 'en'), false);
  // Too few words decide nothing.
  assert.equal(isForeignProse(en('Vielen Dank für Ihre Bestellung!'), 'en'), false);
});

test('Arabic prose read by its script as Persian is foreign; Persian prose is not', () => {
  assert.equal(isForeignProse(fa('مرحبا احمد، تم شحن طلبک رقم 1234 بنجاح. یرجی الاتصال بنا اذا کان لدیک ای اسئله حول الطلب. شکرا لتسوقک معنا فی المتجر'), 'fa'), true);
  assert.equal(isForeignProse(fa('سلام احمد، سفارش شما با شماره 1234 ارسال شد و تا دوشنبه به دستتان می رسد. اگر سوالی داشتید به همین ایمیل پاسخ دهید. با تشکر از خرید شما'), 'fa'), false);
  // Persian that opens with an Arabic blessing stays Persian.
  assert.equal(isForeignProse(fa('بسم الله الرحمن الرحیم. سلام، به خانواده فروشگاه ما خوش آمدید. حساب کاربری شما ساخته شد و می توانید از امروز خرید کنید'), 'fa'), false);
});

test('a template in another language gets no findings, unless a language is forced', () => {
  const german = '<p>Sehr geehrter Kunde,</p>\n<p>Ihre Bestellung wurde heute versandt und kommt in zwei bis drei Werktagen bei Ihnen an. Bitte antworten Sie nicht auf diese Nachricht, das Postfach wird nicht gelesen.</p>\n<p>Mit freundlichen Grüßen<br>Ihr Team</p>\n';
  assert.deepEqual(lint(german, { filePath: 'mail/shipped.de.html' }).findings.map((f) => f.ruleId), []);
  // `"language": "en"` in the configuration reads it as English, as before.
  assert.ok(lint(german, { filePath: 'mail/shipped.de.html', language: 'en' }).findings.length > 0);
  // A bilingual mail keeps its Persian half when its Latin half is German.
  const mixed = '<p>Sehr geehrter Kunde, Ihre Bestellung wurde heute versandt und kommt in zwei bis drei Werktagen bei Ihnen an. Mit freundlichen Grüßen, Ihr Team</p>\n<p>مشتری گرامی، سفارش شما امروز ارسال شد و تا سه روز کاری به دستتان می رسد.</p>\n';
  const findings = lint(mixed, { filePath: 'mail/shipped.html' }).findings;
  assert.ok(findings.length > 0 && findings.every((f) => f.language === 'fa'), JSON.stringify(findings.map((f) => [f.ruleId, f.language])));
});
