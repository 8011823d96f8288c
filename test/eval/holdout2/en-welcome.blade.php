<p>Hi {{ $user->first_name ?? 'there' }},</p>

<p>Welcome to Loomy! Your workspace <strong>{{ $workspace->name }}</strong> is ready.</p>

@if ($user->invitedBy)
<p>{{ $user->invitedBy->name }} invited you, so you'll see their boards first.</p>
@endif

<p>I'm Nadia, and I look after our community. If you get stuck in the first week, just hit reply: a real person (usually me) answers.</p>

<p>Nadia Haddad<br>Head of Community, Loomy</p>
