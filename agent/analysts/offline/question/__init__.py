"""Reading a question: its words (Korean through a morphological analyser), numbers, periods and cue words."""
