## Courses and offers from the catalog.

main-courses = 📚 Courses and activities
courses-menu = What are you looking for?
courses-german = German courses
courses-integration = Integration courses
courses-leisure = Sport and culture
courses-all = Everything
course-level = Which language level?
course-any-level = Any level
course-district = In which district?
course-any-district = Anywhere
course-other-filters = 🔎 Choose again
course-list = { $count ->
    [0] There is nothing open for this right now. Please choose differently.
    [one] There is one match. Tap it.
   *[other] There are { $count } matches. Tap one.
}
course-detail =
    { $course_title }
    { $provider }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    Level: { $level }
    Taught in: { $languages }
    Childcare: { $childcare ->
        [yes] yes
       *[no] no
    }
    { $seats ->
        [0] All seats are taken. You can join the waiting list.
        [one] One seat left.
       *[other] { $seats } seats left.
    }
course-sign-up = ✅ Sign up
course-result = { $outcome ->
    [confirmed] You are signed up: { $course_title }. The provider will contact you.
    [waitlisted] The course is full. You are on the waiting list, in place { $position }. If a seat becomes free, we will tell you.
    [already] You are already signed up for this course.
    [not-yet] Sign-up for this course has not started yet.
   *[unavailable] Sign-up for this course is closed.
}
my-button = 📋 My sign-ups and requests
my-overview = { $count ->
    [0] You have no sign-ups, bookings or requests.
    [one] You have one entry. Tap it to see it or to cancel.
   *[other] You have { $count } entries. Tap one to see it or to cancel.
}
my-signup =
    { $course_title }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    { $position ->
        [0] ✅ You have a seat.
       *[other] ⏳ You are on the waiting list, in place { $position }.
    }
course-cancel = ❌ Cancel
course-cancelled = { $outcome ->
    [cancelled] You have cancelled: { $course_title }.
   *[other] You were not signed up for this course.
}
course-promoted = Good news! A seat has become free. You are now signed up: { $course_title }.
