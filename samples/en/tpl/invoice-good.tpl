<p>Hi {$client_name|default:'there'},</p>
<p>Here's your invoice #{$invoice_num} for {$invoice_total}. It's due on {$invoice_date_due}, and you can pay it online in a couple of clicks: <a href="{$invoice_link}">view and pay the invoice</a>.</p>
<p>If the amount looks wrong, or you'd like to split the payment, just reply. This email goes to me, and I'll sort it out with you.</p>
<p>Thanks,<br>Nadia Hussain<br>Billing, {$company_name}<br>billing@brightlinehosting.com</p>
