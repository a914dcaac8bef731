## Flüchtlingsdialoge: dialogue sessions with interpreters, from the catalog. Session
## details ($session_topic, $place, $session_district, $interpreters, $moderator) come
## from the catalog; $when is the date and time, written with the message date-time.

main-sessions = 🗣️ Refugee dialogues
sessions-menu =
    At the refugee dialogues (Flüchtlingsdialoge) you talk with people from the city administration. Interpreters translate.
    Which language do you need an interpreter for?
sessions-no-interpreter = Show all dates
sessions-other-language = 🔎 Other language
session-list = { $count ->
    [0] There are no dates for this right now. Please choose another language.
    [one] There is one date. Tap it.
   *[other] There are { $count } dates. Tap one.
}
session-detail =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    Interpreters for: { $interpreters }
    Moderation: { $moderator }
    { $session_seats ->
        [0] All places are taken.
        [one] One place left.
       *[other] { $session_seats } places left.
    }
session-book = ✅ Book a place
session-result = { $outcome ->
    [booked] You have a place: { $session_topic }, { $when }. We will remind you the day before.
    [already] You already have a place for this date.
    [full] Sorry, all places are taken. Please choose another date.
    [past] This date is already over.
   *[unavailable] This date can no longer be booked.
}
my-booking =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ✅ You have a place.
session-cancel = ❌ Cancel my place
session-cancelled = { $outcome ->
    [cancelled] You have cancelled: { $session_topic }. Thank you for letting us know.
   *[other] You did not have a place for this date.
}
session-reminder =
    Reminder: you have a place at the refugee dialogue "{ $session_topic }".
    🕒 { $when }
    📍 { $place }
    If you cannot come, please cancel: /my
session-called-off = Sorry, the refugee dialogue "{ $session_topic }" on { $when } will not take place. Your booking has ended.
