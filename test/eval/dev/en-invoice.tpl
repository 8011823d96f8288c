{* Smarty: monthly invoice *}
Hello {$customer_name},

Your invoice for {$month} is attached. The total of {$total|string_format:"%.2f"} EUR will be collected by direct debit on {$debit_date}.

Billing questions: billing@hostnest.eu

Accounts Receivable
