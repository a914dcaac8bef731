## Information topics: names (menu buttons) and texts

topics-menu = Sur quel thème cherchez-vous des informations ?
topic-arrival = Arrivée et déclaration d'adresse
topic-residence = Séjour et procédure d'asile
topic-health = Assurance maladie et médecins
topic-housing = Logement
topic-work = Travail et reconnaissance des diplômes
topic-german = Cours d'allemand
topic-school = École et garde d'enfants
topic-counselling = Conseil et conseil pour le retour
topic-leisure = Loisirs : sport, culture, associations
topic-mentors = Accompagnateurs (« Lotsen »)
topic-none = Question générale

info-arrival =
    Quand vous avez un logement, vous devez déclarer votre adresse. Cela s'appelle « Anmeldung ». Faites-le dans les deux premières semaines.
    Où : { $registration_office }
    Rendez-vous : { $registration_link }
    Apportez votre passeport et l'attestation de votre propriétaire.
    Des questions ? { $wc_name }
    📍 { $wc_address }
    ☎️ { $wc_phone }
info-residence =
    Vous avez des questions sur votre séjour, une « Duldung » (suspension de l'expulsion) ou la procédure d'asile ? Demandez conseil avant de signer quoi que ce soit. Le conseil est gratuit.
    Conseil : { $asylum_advice }
    Service des étrangers : { $immigration_office }
    Lisez tout de suite les lettres des administrations. Elles ont souvent une date limite.
info-health =
    Avec votre carte de santé ou un bon de soins (« Behandlungsschein »), vous pouvez aller chez le médecin.
    En cas d'urgence, appelez le { $emergency_number }.
    Trouver des médecins et de l'aide : { $health_link }
info-housing =
    Vous cherchez un logement ou vous avez des problèmes dans votre hébergement ?
    Conseil : { $housing_contact }
    Informations : { $housing_link }
info-work =
    Vous voulez travailler ? Votre diplôme de votre pays d'origine peut être reconnu.
    Conseil sur la reconnaissance : { $recognition_contact }
    Aide pour trouver du travail : { $work_link }
info-german =
    Il existe des cours d'intégration, des cours d'allemand et des cours pour les mères avec garde d'enfants (« Mama lernt Deutsch »).
    Conseil : { $wc_name }
    📍 { $wc_address }
    Trouver un cours : { $german_courses_link }
info-school =
    En Allemagne, les enfants vont à l'école à partir de six ans. C'est obligatoire.
    Les enfants plus jeunes peuvent aller dans une garderie (« Kita »).
    Conseil pour l'école et la Kita : { $school_contact }
info-counselling =
    Vous avez des soucis, des conflits ou vous subissez des violences ? Le conseil est gratuit et confidentiel.
    Services de conseil : { $counselling_link }
    Vous pensez à retourner dans votre pays ? Le conseil pour le retour vous aide de façon neutre : { $return_counselling }
info-leisure =
    À { $city }, il y a beaucoup de choses à faire : sport, musique, culture et associations de migrants. Beaucoup de choses sont gratuites.
    Trouver des activités : { $leisure_link }
info-mentors =
    Des accompagnateurs bénévoles (« Lotsen ») vous aident avec les administrations, pour apprendre l'allemand et dans la vie de tous les jours. Beaucoup parlent votre langue.
    Contact : { $mentors_contact }
