Hello {$customer_name},

We acknowledge receipt of your order {$order.id} dated {$order.date|date_format:"%d/%m/%Y"}.

{foreach $order.items as $item}
  {$item.qty} x {$item.name} - {$item.price}
{/foreach}

Your order will be dispatched within 3 working days. For anything urgent, call us on +44 161 555 0100.

Best regards,
Sales Department
Pennine Outdoor Supplies
