/* placeholder: replaced by the foundation work */
int bt_callback_placeholder(void) { return 0; }
