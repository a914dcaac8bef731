## Information topics: names (menu buttons) and texts

topics-menu = Which topic do you need information about?
topic-arrival = Arrival and registration
topic-residence = Residence and asylum procedure
topic-health = Health insurance and doctors
topic-housing = Housing
topic-work = Work and recognition of qualifications
topic-german = German courses
topic-school = School and childcare
topic-counselling = Counselling and return counselling
topic-leisure = Free time: sport, culture, clubs
topic-mentors = Mentors and guides (Lotsen)
topic-none = General question

info-arrival =
    When you have a flat, you must register your address. This is called “Anmeldung”. Do it within the first two weeks.
    Where: { $registration_office }
    Appointment: { $registration_link }
    Bring your passport and the confirmation from your landlord.
    Questions? { $wc_name }
    📍 { $wc_address }
    ☎️ { $wc_phone }
info-residence =
    Questions about your residence, a “Duldung” or the asylum procedure? Get advice before you sign anything. The advice is free.
    Advice: { $asylum_advice }
    Immigration office: { $immigration_office }
    Read letters from authorities at once. They often have a deadline.
info-health =
    With your health card or a treatment voucher (“Behandlungsschein”) you can see a doctor.
    In an emergency, call { $emergency_number }.
    Find doctors and help: { $health_link }
info-housing =
    Are you looking for a flat, or do you have problems where you live?
    Advice: { $housing_contact }
    Information: { $housing_link }
info-work =
    Do you want to work? Your qualification from home can be recognised in Germany.
    Advice on recognition: { $recognition_contact }
    Help with finding work: { $work_link }
info-german =
    There are integration courses, German courses and courses for mothers with childcare (“Mama lernt Deutsch”).
    Advice: { $wc_name }
    📍 { $wc_address }
    Find a course: { $german_courses_link }
info-school =
    In Germany, children go to school from the age of six. School is compulsory.
    Younger children can go to a day-care centre (“Kita”).
    Advice on school and Kita: { $school_contact }
info-counselling =
    Do you have worries or conflicts, or do you experience violence? Counselling is free and confidential.
    Counselling services: { $counselling_link }
    Are you thinking about going back? Return counselling gives you neutral advice: { $return_counselling }
info-leisure =
    There is a lot to do in { $city }: sport, music, culture and clubs run by migrants. Much of it is free.
    Find offers: { $leisure_link }
info-mentors =
    Volunteer guides (“Lotsen”) help you with offices, learning German and daily life. Many speak your language.
    Contact: { $mentors_contact }
