<h1>Welcome, {{ $user->name ?? 'friend' }}!</h1>
<p>Your workspace is ready. Invite your team from the Settings page.</p>
<p>I'm one of the two engineers who built this. If anything breaks, reply to this email and it comes to me.</p>
<p>Ken<br>CTO, Shiftboard</p>
