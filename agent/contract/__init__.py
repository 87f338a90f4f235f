"""The event contract every client depends on: events, named errors, and the text people read in two languages."""
