## Talk to a person

person-ask =
    I will pass your question on to a person who speaks your language.
    Write your question in a few words. Or tap “Continue without a question”.
person-skip = Continue without a question
person-confirm =
    Your request:
    Topic: { $topic }
    Question: { $note }
    Shall I pass it on?
person-send = ✅ Yes, pass it on
person-done =
    Thank you! Your request has arrived.
    A person usually answers within { $hours ->
        [one] one hour
       *[other] { $hours } hours
    }.
    Office hours: { $office_hours }
    Just keep writing here. To go back to the bot, write /bot.
note-none = (none)
handover-leave = 🤖 Back to the bot
handover-back = Your request to a person has ended. You are writing with the bot again.
handover-outside-hours = It is outside office hours now. We will answer from { $when }.

## Files and an open request

file-too-large = This file is too large. I can pass on files up to { $megabytes } MB.
file-type-refused = I cannot pass on this kind of file. Please send a photo, a PDF or a voice message.
file-quota-reached = You have already sent many files. Please write your question as text now.
handover-already-open = Your request to talk to a person is still open. What you write now goes to the person who answers you.
