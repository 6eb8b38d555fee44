"""ClaimDesk core: database models, services and pipelines. Never imports streamlit."""
