"""Streamlit-rendering helpers shared by the Data Chat pages."""
