<p>Dear {$client_name},</p>
<p>Please find attached your invoice #{$invoice_num} dated {$invoice_date_created} for the amount of {$invoice_total}.</p>
<p>Payment is due by {$invoice_date_due}. You can pay online at {$invoice_link}.</p>
<p>Do not reply to this e-mail. This address is used for sending only.</p>
<p>Accounts Department<br>{$company_name}</p>
