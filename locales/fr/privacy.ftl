## What is stored about the user (/mydata) and deleting it (/delete)

my-data =
    Ce que nous gardons sur vous :
    Langue: { $language }
    Thèmes d'actualités choisis : { $news } (modifier : /subscribe)
    Cours: { $courses }
    Dialogues des réfugiés: { $sessions }
    Demandes de contact à des pairs: { $requests }
    Demandes pour parler à une personne: { $handovers }
    Vos messages à une personne: { $messages }
    Messages du bot: { $notices }
    Tout supprimer : /delete
delete-confirm = Voulez-vous que nous supprimions tout ce que nous gardons sur vous ? Vos inscriptions, réservations et demandes prennent fin. On ne peut pas revenir en arrière.
delete-yes = 🗑 Oui, tout supprimer
delete-done = Tout ce que nous gardions sur vous a été supprimé. Si vous écrivez de nouveau, nous recommençons à zéro.
