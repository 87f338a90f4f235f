"""The LangGraph graph: query_analysis -> data_retrieval -> response_generation, its state and its nodes."""
