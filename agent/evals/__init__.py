"""Question banks: gold questions with expected answers, run through the agent and scored, for analysts and CI."""
