Dear {$user.firstname},

We wish to inform you that your profile is incomplete. Complete it by {$deadline|date_format:"%d %b"} to keep your member discount.

Member Services
