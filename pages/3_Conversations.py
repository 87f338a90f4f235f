"""Saved conversations: reopen one in the chat, rename it, or delete it."""


from webui import conversations
from webui.data_actions import current_user_id
from webui.page_start import start_page
from webui.sidebar import draw_sidebar

agent, language = start_page("Conversations · Data Chat", ":material/history:")
draw_sidebar(agent, on_chat_page=False)
conversations.draw(agent, current_user_id(), language)
