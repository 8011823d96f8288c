@component('mail::message')
# Welcome to {{ config('app.name') }}

Hello {{ $firstName }},

Your account has been created successfully. You can now log in and start building your first project.

@component('mail::button', ['url' => $loginUrl])
Log in
@endcomponent

This mailbox is not monitored, so please do not reply to this email.

Regards,<br>
{{ config('app.name') }}
@endcomponent
