## Information topics: names (menu buttons) and texts

topics-menu = Zu welchem Thema suchen Sie Informationen?
topic-arrival = Ankommen und Anmeldung
topic-residence = Aufenthalt und Asylverfahren
topic-health = Krankenversicherung und Ärzte
topic-housing = Wohnen
topic-work = Arbeit und Anerkennung
topic-german = Deutschkurse
topic-school = Schule und Kinderbetreuung
topic-counselling = Beratung und Rückkehrberatung
topic-leisure = Freizeit: Sport, Kultur, Vereine
topic-mentors = Lotsen und Mentoren
topic-none = Allgemeine Frage

info-arrival =
    Wenn Sie eine Wohnung haben, müssen Sie sich anmelden. Das heißt „Anmeldung“. Machen Sie das in den ersten zwei Wochen.
    Wo: { $registration_office }
    Termin: { $registration_link }
    Bringen Sie Ihren Pass und die Bestätigung Ihres Vermieters mit.
    Fragen? { $wc_name }
    📍 { $wc_address }
    ☎️ { $wc_phone }
info-residence =
    Fragen zu Aufenthalt, Duldung oder Asylverfahren? Lassen Sie sich beraten, bevor Sie etwas unterschreiben. Die Beratung ist kostenlos.
    Beratung: { $asylum_advice }
    Ausländerbehörde: { $immigration_office }
    Lesen Sie Briefe von Behörden sofort. Sie haben oft eine Frist.
info-health =
    Mit Ihrer Gesundheitskarte oder einem Behandlungsschein können Sie zum Arzt gehen.
    Im Notfall rufen Sie { $emergency_number }.
    Ärzte und Hilfe finden: { $health_link }
info-housing =
    Sie suchen eine Wohnung oder haben Probleme in Ihrer Unterkunft?
    Beratung: { $housing_contact }
    Informationen: { $housing_link }
info-work =
    Sie möchten arbeiten? Ihr Abschluss aus der Heimat kann anerkannt werden.
    Beratung zur Anerkennung: { $recognition_contact }
    Hilfe bei der Arbeitssuche: { $work_link }
info-german =
    Es gibt Integrationskurse, Deutschkurse und Kurse für Mütter mit Kinderbetreuung („Mama lernt Deutsch“).
    Beratung: { $wc_name }
    📍 { $wc_address }
    Kurse finden: { $german_courses_link }
info-school =
    Kinder gehen in Deutschland ab sechs Jahren zur Schule. Das ist Pflicht.
    Jüngere Kinder können in eine Kita gehen.
    Beratung zu Schule und Kita: { $school_contact }
info-counselling =
    Sie haben Sorgen, Streit oder erleben Gewalt? Die Beratung ist kostenlos und vertraulich.
    Beratungsstellen: { $counselling_link }
    Sie denken über eine Rückkehr nach? Die Rückkehrberatung hilft Ihnen neutral: { $return_counselling }
info-leisure =
    In { $city } gibt es viel zu tun: Sport, Musik, Kultur und Vereine von Migrantinnen und Migranten. Vieles ist kostenlos.
    Angebote finden: { $leisure_link }
info-mentors =
    Lotsinnen und Lotsen helfen ehrenamtlich: bei Ämtern, beim Deutschlernen und im Alltag. Viele sprechen Ihre Sprache.
    Kontakt: { $mentors_contact }
