"""How the bank is written: each module lists a set's tables and questions with their answers computed by pandas."""
