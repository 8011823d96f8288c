<#-- monthly statement notice -->
Dear ${name},

Your statement for ${statement.month} is now available in online banking.

Closing balance: ${statement.balance}
Minimum payment due: ${statement.minimumDue} by ${statement.dueDate}

This is an automated message. Please do not reply to this email.

If you have a question about your statement, call us on 0800 123 456, 8am to 8pm.

Statements Office
Harbour Credit Union
