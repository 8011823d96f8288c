<p>Dear {{ $name }},</p>
<p>Thank you for staying with us at Hotel Lume in Florence. I hope the room facing the garden was as quiet as promised.</p>
<p>If anything could have been better, I would really like to know. Write to me directly at marta.rossi@hotellume.it.</p>
<p>Warm regards,<br>Marta Rossi<br>Front Office Manager</p>
