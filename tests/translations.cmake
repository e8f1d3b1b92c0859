# SPDX-License-Identifier: GPL-3.0-or-later
# Translations: every .ts file is up to date with the sources and completely translated; the console speaks
# German and French when asked (a real window, offscreen).
add_test(NAME translations_complete COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/check-translations.sh)
scimdesk_add_test(tst_translations SOURCES tst_translations.cpp LIBS scimdesk_gui Qt6::Widgets)
target_compile_definitions(tst_translations PRIVATE SCIMDESK_BINARY="$<TARGET_FILE:scimdesk>")
add_dependencies(tst_translations scimdesk)
