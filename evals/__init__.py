"""The project's own question bank: public tables, questions written the way people type them, answers by pandas."""
