## Supportgroup Refugees: peers who help in the user's language. A peer's name, languages,
## districts and topics come from the catalog; their contact ($peer_contact on
## $peer_channel) is shown only after they accept a request. $contact is what the user
## typed for the peer; $language is the user's language; $request is the request number.

main-peers = 🤝 Help from refugees
peers-intro =
    In the Supportgroup Refugees, people who were refugees themselves help others. They speak your language.
    What do you need help with?
peer-any-topic = Something else
peer-district = Which district of Stuttgart do you live in? Then we look for someone near you.
peer-any-district = Any, or I prefer not to say
peer-list = { $count ->
    [0] Nobody who fits is free right now. You can talk to a person from the Welcome Center.
    [one] This person can help you. Tap their name.
   *[other] These { $count } people can help you. The best match is at the top.
}
peer-detail =
    { $peer_name }
    Speaks: { $peer_languages }
    Helps with: { $peer_topics }
    Districts: { $peer_districts }
    Would you like { $peer_name } to contact you?
peer-ask = ✉️ Yes, ask for contact
peer-contact-ask =
    How can { $peer_name } reach you? Write your phone number, e-mail or your Telegram or Matrix name (with @).
    { $peer_name } sees it only after saying yes.
peer-contact-invalid = That does not look like a phone number, an e-mail or a name with @. Please try again.
peer-consent =
    Please check:
    We send { $peer_name } your request for contact. Topic: { $topic }. Language: { $language }.
    If { $peer_name } says yes, { $peer_name } gets your contact ({ $contact }) and you get the contact of { $peer_name }.
    Shall we send the request?
peer-send = ✅ Yes, send
peer-requested = { $outcome ->
    [sent] Your request is with { $peer_name }. We will tell you when { $peer_name } answers.
    [already] You have already asked { $peer_name } for contact. You can see the request in /my.
    [too-many] You already have several open requests. Please wait for an answer or withdraw a request in /my.
   *[unavailable] { $peer_name } cannot take requests right now. Please choose someone else.
}
my-peer-request = { $request_status ->
    [accepted] { $peer_name } is helping you. Contact: { $peer_contact } ({ $peer_channel }). Topic: { $topic }.
   *[pending] You asked { $peer_name } for contact. Topic: { $topic }. We are waiting for the answer.
}
peer-withdraw = ↩️ Withdraw request
peer-withdrawn = { $outcome ->
    [withdrawn] You have withdrawn the request. { $peer_name } will not get your contact.
   *[other] This request is no longer open.
}
peer-incoming = { $request_status ->
    [accepted] Request { $request }: you are helping with { $topic }. Language: { $language }. Contact: { $contact }
   *[pending] Request { $request }: someone needs help with { $topic }. Language: { $language }. Would you like to help?
}
peer-accept = ✅ I will help
peer-decline = ❌ Not now
peer-answered = { $outcome ->
    [accepted] Thank you! You can reach the person here: { $contact }. They have got your contact too.
    [declined] All right. We will tell the person that you cannot help right now.
   *[gone] This request is no longer open. Maybe it was withdrawn.
}
request-unknown = There is no open request with this number. You can see your requests in /my.
peer-request-new =
    New request for contact ({ $request }): someone needs help with { $topic }. Language: { $language }.
    You see their contact when you say yes.
    Say yes: /accept { $request } · Say no: /decline { $request }
peer-request-accepted =
    Good news! { $peer_name } is glad to help you.
    Contact: { $peer_contact } ({ $peer_channel })
    { $peer_name } has got your contact too.
peer-request-declined = { $peer_name } cannot help right now. You can find other people under "Help from refugees".
peer-request-withdrawn = Request { $request } was withdrawn. Please do not contact this person.
