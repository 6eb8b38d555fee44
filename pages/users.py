import streamlit as st

from pages.components.session import current_user

st.title("users")
st.write(current_user().name)
