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
note-none = (none)
