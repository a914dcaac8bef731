## Language

language-menu = Please choose your language.
language-set = Good. From now on I will write to you in English.
language-detected = I will write to you in English. You can change the language at any time: /language

## Main menu

main-menu = Welcome to Wegweiser { $city }! How can I help you?
main-topics = ℹ️ Information
main-person = 💬 Talk to a person
main-language = 🌐 Change language

## Buttons used in many places

button-back = ⬅️ Back
button-main = 🏠 Main menu
button-topics = 📚 Other topics
button-person = 💬 Talk to a person
button-cancel = Cancel

## Help and commands

help =
    How it works: tap a button or type its number.
    /start – back to the beginning
    /my – your sign-ups, bookings and requests
    /human – talk to a person
    /mydata – what we store about you
    /delete – delete your data
    /privacy – how we handle your data
    /clear – delete the messages in this chat
    /subscribe – choose your news
    /language – change the language
    /help – this help
    /stop – no more messages
stopped = You will not get any more messages from us. Write /start when you want help again.
unknown-command = I do not know this command. Write /help to see all commands.

## When something does not fit

not-understood = Sorry, I did not understand that. Please choose an option: type its number or tap it.
not-understood-twice = Sorry, I still do not understand. I will pass you to a person.
no-such-option = There is no number { $number } here. Please choose a number from 1 to { $max }.
empty-message = Your message was empty. Please write something or choose a number.
message-too-long = Your message is too long. Please write less, at most { $max } characters.
input-too-short = Please write a little more, at least { $min } characters.
input-too-long = That is too long. Please write at most { $max } characters.
button-stale = This button is out of date. Here is the current menu.
media-not-supported = I cannot read pictures, voice messages or files yet. Please write to me or choose a number.

## Dates and times. $weekday is 1 (Monday) to 7 (Sunday); $day, $month, $year and $time
## (24-hour, like 17:30) are digits.

date-time = { $weekday ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
} { $day }/{ $month }/{ $year }, { $time }

## Links from posters (/start NAME) and Telegram: the command menu, the bot's profile,
## and group chats (the bot only points to a private chat there).

link-unknown = This link is out of date. Here is the main menu.
cmd-start = Back to the beginning
cmd-my = My sign-ups, bookings and requests
cmd-human = Talk to a person
cmd-language = Change the language
cmd-help = How it works
cmd-stop = No more messages
cmd-privacy = Privacy
cmd-clear = Clear this chat
bot-description = Wegweiser { $city } helps refugees and people who are new in the city. Here you find information from the { $wc_name }, German courses, refugee dialogues and people who speak your language. Tap "Start".
bot-short-description = Help for refugees and newcomers in { $city }, in your language.
group-private = I do not help here in the group, so that your data stays private. Please write to me directly.
group-open-chat = 💬 Write to me directly

## Errors and too many messages

event-failed = Sorry, that did not work. Please try again.
slow-down = You are writing very fast. I answer your messages one after another. Please wait a moment.
