## Supportgroup Refugees: peers who help in the user's language. A peer's name, languages,
## districts and topics come from the catalog; their contact ($peer_contact on
## $peer_channel) is shown only after they accept a request. $contact is what the user
## typed for the peer; $language is the user's language; $request is the request number.

main-peers = 🤝 Hilfe von Geflüchteten
peers-intro =
    In der Supportgroup Refugees helfen Menschen, die selbst geflüchtet sind. Sie sprechen Ihre Sprache.
    Wobei brauchen Sie Hilfe?
peer-any-topic = Etwas anderes
peer-district = In welchem Stadtbezirk wohnen Sie? Dann suchen wir jemanden in Ihrer Nähe.
peer-any-district = Egal oder ich sage es lieber nicht
peer-list = { $count ->
    [0] Gerade ist niemand frei, der passt. Sie können mit einem Menschen aus dem Welcome Center sprechen.
    [one] Diese Person kann Ihnen helfen. Tippen Sie darauf.
   *[other] Diese { $count } Personen können Ihnen helfen. Die beste Wahl steht oben.
}
peer-detail =
    { $peer_name }
    Spricht: { $peer_languages }
    Hilft bei: { $peer_topics }
    Stadtbezirke: { $peer_districts }
    Möchten Sie, dass { $peer_name } sich bei Ihnen meldet?
peer-ask = ✉️ Ja, um Kontakt bitten
peer-contact-ask =
    Wie kann { $peer_name } Sie erreichen? Schreiben Sie Ihre Telefonnummer, E-Mail oder Ihren Namen bei Telegram oder Matrix (mit @).
    { $peer_name } sieht ihn erst, wenn { $peer_name } zusagt.
peer-contact-invalid = Das sieht nicht wie eine Telefonnummer, E-Mail oder ein Name mit @ aus. Bitte versuchen Sie es noch einmal.
peer-consent =
    Bitte prüfen Sie:
    Wir schicken { $peer_name } Ihre Bitte um Kontakt. Thema: { $topic }. Sprache: { $language }.
    Sagt { $peer_name } zu, bekommt { $peer_name } Ihren Kontakt ({ $contact }) und Sie den Kontakt von { $peer_name }.
    Sollen wir die Bitte schicken?
peer-send = ✅ Ja, schicken
peer-requested = { $outcome ->
    [sent] Ihre Bitte ist bei { $peer_name }. Wenn { $peer_name } antwortet, sagen wir Ihnen Bescheid.
    [already] Sie haben { $peer_name } schon um Kontakt gebeten. Sie sehen die Bitte unter /my.
    [too-many] Sie haben schon mehrere offene Bitten. Bitte warten Sie auf eine Antwort oder ziehen Sie eine Bitte unter /my zurück.
   *[unavailable] { $peer_name } kann gerade keine Anfragen annehmen. Bitte wählen Sie jemand anderen.
}
my-peer-request = { $request_status ->
    [accepted] { $peer_name } hilft Ihnen. Kontakt: { $peer_contact } ({ $peer_channel }). Thema: { $topic }.
   *[pending] Sie haben { $peer_name } um Kontakt gebeten. Thema: { $topic }. Wir warten auf die Antwort.
}
peer-withdraw = ↩️ Bitte zurückziehen
peer-withdrawn = { $outcome ->
    [withdrawn] Sie haben die Bitte zurückgezogen. { $peer_name } bekommt Ihren Kontakt nicht.
   *[other] Diese Bitte ist nicht mehr offen.
}
peer-incoming = { $request_status ->
    [accepted] Bitte { $request }: Sie helfen bei { $topic }. Sprache: { $language }. Kontakt: { $contact }
   *[pending] Bitte { $request }: Jemand braucht Hilfe bei { $topic }. Sprache: { $language }. Möchten Sie helfen?
}
peer-accept = ✅ Ich helfe
peer-decline = ❌ Jetzt nicht
peer-answered = { $outcome ->
    [accepted] Danke! So erreichen Sie die Person: { $contact }. Ihr Kontakt wurde ihr auch geschickt.
    [declined] In Ordnung. Wir sagen der Person, dass Sie gerade nicht helfen können.
   *[gone] Diese Bitte ist nicht mehr offen. Vielleicht wurde sie zurückgezogen.
}
request-unknown = Eine offene Bitte mit dieser Nummer gibt es nicht. Unter /my sehen Sie Ihre Bitten.
peer-request-new =
    Neue Bitte um Kontakt ({ $request }): Jemand braucht Hilfe bei { $topic }. Sprache: { $language }.
    Den Kontakt sehen Sie, wenn Sie zusagen.
    Zusagen: /accept { $request } · Absagen: /decline { $request }
peer-request-accepted =
    Gute Nachricht! { $peer_name } hilft Ihnen gern.
    Kontakt: { $peer_contact } ({ $peer_channel })
    { $peer_name } hat auch Ihren Kontakt bekommen.
peer-request-declined = { $peer_name } kann gerade nicht helfen. Unter „Hilfe von Geflüchteten“ finden Sie andere Personen.
peer-request-withdrawn = Die Bitte { $request } wurde zurückgezogen. Bitte melden Sie sich nicht bei dieser Person.
