## Supportgroup Refugees: peers who help in the user's language. A peer's name, languages,
## districts and topics come from the catalog; their contact ($peer_contact on
## $peer_channel) is shown only after they accept a request. $contact is what the user
## typed for the peer; $language is the user's language; $request is the request number.

main-peers = 🤝 Aide par des réfugiés
peers-intro =
    Dans le Supportgroup Refugees, des personnes qui ont elles-mêmes fui leur pays aident les autres. Elles parlent votre langue.
    Pour quel sujet avez-vous besoin d'aide ?
peer-any-topic = Autre chose
peer-district = Dans quel quartier habitez-vous ? Nous cherchons alors quelqu'un près de chez vous.
peer-any-district = Peu importe, ou je préfère ne pas le dire
peer-list = { $count ->
    [0] En ce moment, aucune personne qui correspond n'est libre. Vous pouvez parler à une personne du Welcome Center.
    [one] Cette personne peut vous aider. Appuyez sur son nom.
   *[other] Ces { $count } personnes peuvent vous aider. La meilleure proposition est en haut.
}
peer-detail =
    { $peer_name }
    Langues : { $peer_languages }
    Aide pour : { $peer_topics }
    Quartiers : { $peer_districts }
    Voulez-vous que { $peer_name } vous contacte ?
peer-ask = ✉️ Oui, demander un contact
peer-contact-ask =
    Comment est-ce que { $peer_name } peut vous joindre ? Écrivez votre numéro de téléphone, votre e-mail ou votre nom sur Telegram ou Matrix (avec @).
    { $peer_name } ne verra ce contact qu'après avoir dit oui.
peer-contact-invalid = Cela ne ressemble pas à un numéro de téléphone, à un e-mail ou à un nom avec @. Veuillez réessayer.
peer-consent =
    Veuillez vérifier :
    Nous envoyons à { $peer_name } votre demande de contact. Thème : { $topic }. Langue : { $language }.
    Si { $peer_name } dit oui, { $peer_name } reçoit votre contact ({ $contact }) et vous recevez le contact de { $peer_name }.
    Voulez-vous envoyer la demande ?
peer-send = ✅ Oui, envoyer
peer-requested = { $outcome ->
    [sent] Votre demande a été envoyée à { $peer_name }. Quand { $peer_name } répondra, nous vous le dirons.
    [already] Vous avez déjà demandé un contact à { $peer_name }. Vous voyez la demande dans /my.
    [too-many] Vous avez déjà plusieurs demandes ouvertes. Veuillez attendre une réponse ou retirer une demande dans /my.
   *[unavailable] { $peer_name } ne peut pas recevoir de demandes en ce moment. Veuillez choisir une autre personne.
}
my-peer-request = { $request_status ->
    [accepted] { $peer_name } vous aide. Contact : { $peer_contact } ({ $peer_channel }). Thème : { $topic }.
   *[pending] Vous avez demandé un contact à { $peer_name }. Thème : { $topic }. Nous attendons la réponse.
}
peer-withdraw = ↩️ Retirer la demande
peer-withdrawn = { $outcome ->
    [withdrawn] Vous avez retiré la demande. { $peer_name } ne recevra pas votre contact.
   *[other] Cette demande n'est plus ouverte.
}
peer-incoming = { $request_status ->
    [accepted] Demande { $request } : vous aidez cette personne. Thème : { $topic }. Langue : { $language }. Contact : { $contact }
   *[pending] Demande { $request } : quelqu'un a besoin d'aide. Thème : { $topic }. Langue : { $language }. Voulez-vous aider ?
}
peer-accept = ✅ Je vais aider
peer-decline = ❌ Pas maintenant
peer-answered = { $outcome ->
    [accepted] Merci ! Vous pouvez joindre la personne ici : { $contact }. Elle a aussi reçu votre contact.
    [declined] D'accord. Nous dirons à la personne que vous ne pouvez pas aider en ce moment.
   *[gone] Cette demande n'est plus ouverte. Elle a peut-être été retirée.
}
request-unknown = Il n'y a pas de demande ouverte avec ce numéro. Vous voyez vos demandes dans /my.
peer-request-new =
    Nouvelle demande de contact ({ $request }) : quelqu'un a besoin d'aide. Thème : { $topic }. Langue : { $language }.
    Vous verrez son contact quand vous aurez dit oui.
    Accepter : /accept { $request } · Refuser : /decline { $request }
peer-request-accepted =
    Bonne nouvelle ! { $peer_name } veut bien vous aider.
    Contact : { $peer_contact } ({ $peer_channel })
    { $peer_name } a aussi reçu votre contact.
peer-request-declined = { $peer_name } ne peut pas aider en ce moment. Dans « Aide par des réfugiés », vous trouverez d'autres personnes.
peer-request-withdrawn = La demande { $request } a été retirée. Veuillez ne pas contacter cette personne.
