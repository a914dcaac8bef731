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
    Numbers of your chat messages (for /clear): { $chat }
    To delete all of it: /delete
delete-confirm = Do you want us to delete everything we store about you? Your sign-ups, bookings and requests end. This cannot be undone.
delete-yes = 🗑 Yes, delete everything
delete-done = Everything we stored about you has been deleted. If you write again, we start fresh.

## The privacy note after the first language choice, /privacy, the notice before an idle
## conversation is deleted, and /clear (the messages of this chat)

privacy-note =
    About your privacy: we keep your language, your sign-ups and what you write to a person. Only the people who help you see it.
    If you do not write for { $idle_months } months, we delete everything after one reminder. With /delete you delete everything at once. More: /privacy
privacy-ok = 👍 OK
privacy-more = 🔒 More about privacy
privacy-info =
    How we handle your data:
    • We keep your language, your sign-ups for courses and refugee dialogues, your contact requests and what you write to a person.
    • Only city staff and the peers who help you see it. They see a pseudonym, not your name.
    • A conversation with a person ends when nobody writes for { $handover_idle_days } days. { $transcript_days ->
        [one] One day
       *[other] { $transcript_days } days
    } after it ends, we delete what was written in it.
    • We delete the messages we sent you from our system after { $delivered_days ->
        [one] one day
       *[other] { $delivered_days } days
    }.
    • If you do not write for { $idle_months } months, we remind you once. If you then do not write for { $notice_days } days, we delete everything.
    • /mydata shows what we keep. /delete deletes everything at once. /clear deletes the messages in this chat.
conversation-idle-notice = You have not written to us for { $months } months. If you do not write in the next { $days } days, we will delete everything we keep about you. To keep it, just send us a message.
clear-done = I deleted the messages in this chat. Your sign-ups and requests stay.
clear-some-left = I deleted the messages in this chat as far as I can. I cannot delete { $count ->
        [one] one older message
       *[other] { $count } older messages
    }. Please clear the chat history yourself in this chat's menu. Your sign-ups and requests stay.
clear-not-here = I cannot delete messages in this chat. Please clear the chat history yourself. Your sign-ups and requests stay.
