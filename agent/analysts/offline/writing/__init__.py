"""Writing the answer: readable names, sentences in the question's language, from the result rows only."""
