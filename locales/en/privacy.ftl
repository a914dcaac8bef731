## What is stored about the user (/mydata) and deleting it (/delete)

my-data =
    What we store about you:
    Language: { $language }
    News topics you subscribed to: { $news } (change: /subscribe)
    Courses: { $courses }
    Dialogue sessions: { $sessions }
    Contact requests to peers: { $requests }
    Requests to talk to a person: { $handovers }
    Your messages to a person: { $messages }
    Messages from the bot: { $notices }
    To delete all of it: /delete
delete-confirm = Do you want us to delete everything we store about you? Your sign-ups, bookings and requests end. This cannot be undone.
delete-yes = 🗑 Yes, delete everything
delete-done = Everything we stored about you has been deleted. If you write again, we start fresh.
