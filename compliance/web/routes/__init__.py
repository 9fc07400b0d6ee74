"""Routes by area: session (login), batches, review, admin (users, trail), api."""
