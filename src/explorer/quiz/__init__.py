"""The interest quiz: Career Explorer's own instrument built from O*NET's sample activities.

No Qt here: the window's quiz screens and the command line both call it.
items (which activities, in which order), scoring (six area sums, the top
areas, or why there is no ranking), matching (occupations whose O*NET interest
profile has the same shape), progress (a quiz under way and the last result,
as JSON), texts (every sentence the screens and print show), engine
(InterestQuiz, the one object a screen needs) and command (`quiz`, `match`).
How the activities were chosen is in docs/quiz.md.
"""
