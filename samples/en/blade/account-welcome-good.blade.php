@component('mail::message')
# Welcome to Trellis, {{ $firstName ?? 'there' }}

I'm Ines, and I help new teams get set up. Your account is ready, and your first project is one click away.

@component('mail::button', ['url' => $loginUrl])
Open Trellis
@endcomponent

Most people get stuck on inviting their team, so I wrote a two-minute guide: {{ $guideUrl }}

If you get stuck anywhere else, reply to this email. It lands in my inbox, and I'll help you myself.

Thanks,<br>
Ines Moreau<br>
Onboarding, Trellis<br>
ines@trellis.app
@endcomponent
